package gongkai.bench;

import gongkai.history.CrossYearPass;
import gongkai.index.IndexRun;
import gongkai.index.IndexRunOptions;
import gongkai.index.ReportIndexer;
import gongkai.index.ReportReader;
import gongkai.report.FigureCatalog;
import gongkai.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The history and diff latency runs over reports that have a year before, and their agencies. */
class HistoryLatencyTest {

    @TempDir
    Path tmp;

    @Test
    void theSampleHoldsOnlyReportsWithAYearBefore() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String n : List.of("平潭综合实验区_2021.txt", "平潭综合实验区_2022.txt")) {
            Files.copy(Path.of("samples/real").resolve(n), corpus.resolve(n));
        }
        Path index = tmp.resolve("index");
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        new IndexRun(new IndexRunOptions(List.of(corpus), index, 1, false, 1000, Duration.ofSeconds(30)),
                ReportReader::standard, quiet, w -> new ReportIndexer(index, w), List.of(new CrossYearPass())).run();
        FigureCatalog catalog = FigureCatalog.standard();
        try (SearchService engine = SearchService.open(index, catalog)) {
            // 2020 is asked for too, and has no report: 2021 has no year before in the index.
            HistoryLatency.Sample sample = HistoryLatency.sample(engine, catalog, 2019, 2022, 4);
            assertEquals(List.of("350128:平潭综合实验区"), sample.agencies());
            assertEquals(1, sample.reports().size());
            List<QueryLatency.Result> results = new HistoryLatency(engine, catalog, 3).measure(sample);
            assertEquals(List.of("history", "diff"), results.stream().map(QueryLatency.Result::kind).toList());
            assertEquals(3, results.get(1).runs());
            assertEquals("/api/agencies/350128%3A%E5%B9%B3%E6%BD%AD%E7%BB%BC%E5%90%88%E5%AE%9E%E9%AA%8C%E5%8C%BA",
                    sample.paths().get("history").get(0));
        }
    }
}
