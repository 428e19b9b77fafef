package gongkai.cli;

import gongkai.report.FigureCatalog;
import gongkai.search.SearchRequest;
import gongkai.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reading limits of extract (--ocr, --timeout, --max-size-mb) work on index as the README says. */
class IndexReadingOptionsTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int status = Main.newCommandLine().execute(args);
            return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aFileOverMaxSizeIsRefusedAndTheOthersAreIndexed() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("samples/seeds/lishui-tjj-2020.txt"), in.resolve("lishui-tjj-2020.txt"));
        // 1.5 MB of a report's opening, over a limit of 1 MB.
        String big = Files.readString(Path.of("samples/seeds/yichun-tjj-2020.txt"));
        Files.writeString(in.resolve("big.txt"), big.repeat(1_600_000 / big.length() + 1));
        Path index = dir.resolve("index");
        Run r = run("index", "--index", index.toString(), "--max-size-mb", "1", "--timeout", "30", "--no-ocr", in.toString());
        assertTrue((r.out() + r.err()).contains("file too large"), r.out() + r.err());
        try (SearchService s = SearchService.open(index, FigureCatalog.standard())) {
            assertEquals(1, s.search(new SearchRequest("", 1, 10, "relevance", List.of())).total());
        }
    }

    @Test
    void aBadLimitIsOneClearLine() {
        Run r = run("index", "--index", dir.resolve("index").toString(), "--timeout", "0", "samples/seeds");
        assertNotEquals(0, r.status());
        assertTrue(r.err().contains("--timeout must be at least 1 second"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }
}
