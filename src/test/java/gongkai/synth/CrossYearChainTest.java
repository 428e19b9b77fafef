package gongkai.synth;

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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On a synthetic corpus of agencies publishing six years each: the cross-year checks fail exactly where a chain was broken. */
class CrossYearChainTest {

    @TempDir
    Path tmp;

    @Test
    void everyDeliberateBreakIsFoundAndNoOther() throws IOException {
        int series = 25;
        long count = (long) series * ReportSynth.SERIES;
        Path corpus = tmp.resolve("corpus");
        new CorpusWriter(ReportSynth.standard(7)).write(corpus, count, n -> { });
        Path index = tmp.resolve("index");
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        new IndexRun(new IndexRunOptions(List.of(corpus), index, 2, false, 1000, Duration.ofSeconds(30)),
                ReportReader::standard, quiet, w -> new ReportIndexer(index, w), List.of(new CrossYearPass())).run();

        Map<String, List<String>> expected = new TreeMap<>(), found = new TreeMap<>();
        List<String> agencies = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            Path file = CorpusWriter.reportPath(corpus, count, i);
            GroundTruth truth = GroundTruth.load(GroundTruth.pathFor(file));
            if (!truth.crossYearBreaks().isEmpty()) expected.put(file.toString(), truth.crossYearBreaks());
            if (i % ReportSynth.SERIES == 0) agencies.add(truth.agency());
        }
        // One agency per series, so that each year has exactly one report to follow.
        assertEquals(series, agencies.stream().distinct().count(), agencies::toString);
        int checked;
        try (SearchService engine = SearchService.open(index, FigureCatalog.standard())) {
            assertEquals(count, engine.size());
            int[] withChecks = {0};
            engine.forEachMatch("", "year", json -> {
                List<String> failed = new ArrayList<>();
                boolean any = false;
                for (var c : json.path("checks")) {
                    if (!c.path("rule").asText().startsWith(CrossYearPass.RULE_PREFIX)) continue;
                    any = true;
                    if (!c.path("ok").asBoolean()) failed.add(c.path("rule").asText());
                }
                if (any) withChecks[0]++;
                if (!failed.isEmpty()) found.put(json.path("source").asText(), failed);
            });
            checked = withChecks[0];
        }
        assertTrue(expected.size() >= 2, () -> "too few breaks to test: " + expected);
        // Every report but each series' first has a year before to be checked against.
        assertEquals(count - series, checked);
        assertEquals(expected, found);
    }
}
