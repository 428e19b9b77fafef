package gongkai.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SynthCorpusTest {

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(log, true);

    @Test
    void secondRunWithSameCountAndSeedReusesTheCorpus(@TempDir Path work) throws Exception {
        SynthCorpus first = SynthCorpus.ensure(work, 3, 7, out);
        Path report = first.files().get(0);
        Files.writeString(report, "changed");
        SynthCorpus.ensure(work, 3, 7, out);
        assertEquals("changed", Files.readString(report));
        assertTrue(log.toString().contains("reusing"));
    }

    @Test
    void interruptedGenerationIsRedone(@TempDir Path work) throws Exception {
        SynthCorpus first = SynthCorpus.ensure(work, 3, 7, out);
        Files.delete(first.dir().resolve(SynthCorpus.MARKER));
        Path report = first.files().get(0);
        Files.writeString(report, "half-written");
        SynthCorpus.ensure(work, 3, 7, out);
        assertFalse(Files.readString(report).equals("half-written"));
    }

    @Test
    void filesAreEveryReportInIdOrder(@TempDir Path work) throws Exception {
        SynthCorpus c = SynthCorpus.ensure(work, 3, 7, out);
        assertEquals(3, c.files().size());
        for (Path f : c.files()) assertTrue(Files.isRegularFile(f), f.toString());
        assertTrue(c.files().get(0).getFileName().toString().compareTo(c.files().get(2).getFileName().toString()) < 0);
    }
}
