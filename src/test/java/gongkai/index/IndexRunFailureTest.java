package gongkai.index;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One report the index refuses costs that file only: the run goes on and lists it. */
class IndexRunFailureTest {

    @TempDir
    Path tmp;

    @Test
    void reportLuceneRefusesIsOneFailureAndTheRestIsIndexed() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : List.of("a.txt", "b.txt", "c.txt")) Files.writeString(corpus.resolve(name), name);
        // A keyword over Lucene's 32,766-byte term limit: the writer refuses this document and stays usable.
        String immense = "局".repeat(20_000);
        ReportReader reader = file -> TestReports.report(file.toString(),
                file.getFileName().toString().equals("b.txt") ? immense : "某局", "某局的报告", java.util.Map.of());
        IndexRunOptions options = new IndexRunOptions(List.of(corpus), tmp.resolve("index"), 2, false, 1000, Duration.ofSeconds(30));

        IndexSummary s = new IndexRun(options, () -> reader,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();

        assertEquals(2, s.indexed());
        assertEquals(2, s.docs());
        assertEquals(1, s.failures().size());
        assertEquals(corpus.resolve("b.txt").toString(), s.failures().get(0).source());
        assertTrue(s.failures().get(0).reason().startsWith("cannot index:"), s.failures().get(0).reason());
    }
}
