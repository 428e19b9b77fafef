package gongkai.copy;

import gongkai.index.IndexRun;
import gongkai.index.IndexRunOptions;
import gongkai.index.ReportReader;
import gongkai.index.ReportSink;
import gongkai.search.SearchEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What {@link CopyPass} stores, the same on every engine. 洪泽 2024 repeats about half of 2023
 * (read by hand, see {@code CopyMeasureTest#hongze2024RepeatsPartOf2023}: between 0.35 and 0.80);
 * 2023 has no report of the year before here, so its figure is missing and no range finds it.
 */
public abstract class CopyPassContract {

    private static final Path REAL = Path.of("samples/real");

    @TempDir
    protected Path tmp;

    protected abstract ReportSink.Factory sinks(Path indexDir);

    protected abstract SearchEngine open(Path indexDir) throws IOException;

    private void index(String... names) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String n : names) Files.copy(REAL.resolve(n), corpus.resolve(n));
        Path index = tmp.resolve("index");
        IndexRunOptions options = new IndexRunOptions(List.of(corpus), index, 2, true, 1000, Duration.ofSeconds(30));
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        new IndexRun(options, ReportReader::standard, quiet, sinks(index), List.of(new CopyPass())).run();
    }

    private List<Integer> years(String query) throws IOException {
        List<Integer> out = new ArrayList<>();
        try (SearchEngine engine = open(tmp.resolve("index"))) {
            engine.forEachMatch(query, "year", json -> out.add(json.path("year").asInt()));
        } catch (Exception e) {
            if (e instanceof IOException io) throw io;
            throw new IOException(e);
        }
        return out;
    }

    @Test
    void theLaterYearIsFoundByItsShareOfTheYearBefore() throws IOException {
        index("淮安市洪泽区人民政府_2023.pdf", "淮安市洪泽区人民政府_2024.pdf");
        assertEquals(List.of(2024), years("copy.prev_year:>=0.35"));
        assertEquals(List.of(2024), years("与上年雷同度:>=35%"));
        assertEquals(List.of(), years("copy.prev_year:>=0.8"));
    }

    @Test
    void withoutTheYearBeforeTheShareIsMissing() throws IOException {
        index("淮安市洪泽区人民政府_2024.pdf");
        assertEquals(List.of(), years("copy.prev_year:>=0"));
    }
}
