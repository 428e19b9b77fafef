package gongkai.cli;

import gongkai.ingest.ScanFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without Tesseract, extract and index say so once at the start and list the scans as failed with the reason. */
class OcrMissingCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = new CommandConsole();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    private Path scan(String name) throws Exception {
        return ScanFiles.pdf(dir.resolve(name), List.of(ScanFiles.blankPage()));
    }

    private static long count(String text, String part) {
        return text.lines().filter(l -> l.contains(part)).count();
    }

    @Test
    void extractSaysOnceAndFailsEachScan() throws Exception {
        String bogus = dir.resolve("no-tesseract").toString();
        int status = Main.newCommandLine().execute("extract", "--tesseract", bogus,
                scan("a.pdf").toString(), scan("b.pdf").toString(), "samples/seeds/lishui-tjj-2020.txt");
        assertEquals(1, status);
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, count(e, "scanned pages will not be read"), e);
        assertTrue(e.contains(bogus + " does not run"), e);
        String o = out.toString(StandardCharsets.UTF_8);
        assertEquals(2, count(o, "OCR needs tesseract-ocr and tesseract-ocr-chi-sim installed"), o);
        assertTrue(o.contains("丽水市统计局"), "the text report is read");
    }

    @Test
    void indexSaysOnceAndListsTheScansAsFailed() throws Exception {
        Path corpus = dir.resolve("corpus");
        java.nio.file.Files.createDirectories(corpus);
        ScanFiles.pdf(corpus.resolve("a.pdf"), List.of(ScanFiles.blankPage()));
        ScanFiles.pdf(corpus.resolve("b.pdf"), List.of(ScanFiles.blankPage()));
        java.nio.file.Files.copy(Path.of("samples/seeds/lishui-tjj-2020.txt"), corpus.resolve("c.txt"));
        int status = Main.newCommandLine().execute("index", "--index", dir.resolve("index").toString(),
                "--tesseract", dir.resolve("no-tesseract").toString(), corpus.toString());
        assertEquals(1, status);
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, count(e, "scanned pages will not be read"), e);
        String o = out.toString(StandardCharsets.UTF_8);
        assertEquals(2, count(o, "failed: ") - count(o, "failed: 0"), o);
        assertEquals(2, count(o, "OCR needs tesseract-ocr"), o);
    }
}
