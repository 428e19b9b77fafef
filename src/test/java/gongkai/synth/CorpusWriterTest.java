package gongkai.synth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusWriterTest {

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void sameSeedWritesIdenticalBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        new CorpusWriter(ReportSynth.standard(42)).write(a, 60, n -> { });
        new CorpusWriter(ReportSynth.standard(42)).write(b, 60, n -> { });
        List<Path> names = files(a);
        assertEquals(names, files(b));
        for (Path p : names) assertArrayEquals(Files.readAllBytes(a.resolve(p)), Files.readAllBytes(b.resolve(p)), p.toString());
    }

    @Test
    void differentSeedsWriteDifferentReports(@TempDir Path a, @TempDir Path b) throws IOException {
        new CorpusWriter(ReportSynth.standard(1)).write(a, 5, n -> { });
        new CorpusWriter(ReportSynth.standard(2)).write(b, 5, n -> { });
        for (Path p : files(a)) assertFalse(Files.readString(a.resolve(p)).equals(Files.readString(b.resolve(p))), p.toString());
    }

    @Test
    void shardsReportsIntoFoldersOfAThousandWithTruthBeside(@TempDir Path dir) throws IOException {
        new CorpusWriter(ReportSynth.standard(3)).write(dir, 1002, n -> { });
        assertEquals(1000, Files.list(dir.resolve("000")).filter(p -> p.toString().endsWith(".txt")).count());
        Path last = dir.resolve("001").resolve("001001.txt");
        assertTrue(Files.exists(last));
        assertEquals(last, CorpusWriter.reportPath(dir, 1002, 1001));
        assertEquals("001001", GroundTruth.load(GroundTruth.pathFor(last)).id());
    }
}
