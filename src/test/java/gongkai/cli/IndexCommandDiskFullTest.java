package gongkai.cli;

import gongkai.index.IndexRun;
import gongkai.index.IndexRunOptions;
import gongkai.index.ReportIndexer;
import gongkai.index.ReportReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.tests.store.MockDirectoryWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A disk that fills up mid-run: one line, exit status 2, and the index opens at its last commit. */
class IndexCommandDiskFullTest {

    @TempDir
    Path tmp;

    @Test
    void fullDiskStopsTheRunWithOneLineAndExitStatusTwo() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        try (Stream<Path> seeds = Files.list(Path.of("samples/seeds"))) {
            for (Path f : seeds.toList()) Files.copy(f, corpus.resolve(f.getFileName()));
        }
        Output first = run(corpus, index, ReportIndexer.Directories.FILE_SYSTEM);
        assertEquals(0, first.status, first.err);
        int committed = docs(index);
        assertEquals(5, committed);

        String seed = Files.readString(Path.of("samples/seeds").resolve(Files.list(Path.of("samples/seeds")).sorted().findFirst().orElseThrow().getFileName()));
        for (int i = 0; i < 300; i++) Files.writeString(corpus.resolve("copy-" + i + ".txt"), seed + "\n副本编号：" + i + "\n");
        long room = sizeOf(index) + 20_000;
        Output full = run(corpus, index, dir -> {
            MockDirectoryWrapper limited = new MockDirectoryWrapper(new Random(15), FSDirectory.open(dir));
            limited.setMaxSizeInBytes(room);
            limited.setCheckIndexOnClose(false);
            limited.setAssertNoUnrefencedFilesOnClose(false);
            return limited;
        });

        assertEquals(2, full.status, full.err);
        List<String> stopLines = full.err.lines().filter(l -> l.contains("indexing stopped")).toList();
        assertEquals(1, stopLines.size(), full.err);
        assertTrue(stopLines.get(0).contains("disk full"), stopLines.get(0));
        int after = docs(index);
        assertTrue(stopLines.get(0).contains("the index holds its last commit, " + after + " reports"), stopLines.get(0));
        assertTrue(after >= committed, "the reports committed before the disk filled are still there: " + after);
        assertFalse(full.err.contains("\tat "), "no stack trace: " + full.err);
        assertFalse(full.err.contains("Exception"), "no exception names: " + full.err);

        Output again = run(corpus, index, ReportIndexer.Directories.FILE_SYSTEM);
        assertEquals(0, again.status, again.err);
        assertEquals(305, docs(index), "with room again, the run completes");
    }

    private record Output(int status, String err) {
    }

    private static Output run(Path corpus, Path index, ReportIndexer.Directories directories) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        IndexRunOptions options = new IndexRunOptions(List.of(corpus), index, 2, false, 1, Duration.ofSeconds(1));
        int status = IndexCommand.execute(new IndexRun(options, ReportReader::standard, directories, errStream), false, out, errStream);
        return new Output(status, err.toString(StandardCharsets.UTF_8));
    }

    private static int docs(Path index) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            long total = 0;
            for (Path f : files.toList()) total += Files.size(f);
            return total;
        }
    }
}
