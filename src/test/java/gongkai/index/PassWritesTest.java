package gongkai.index;

import gongkai.copy.CopyPass;
import gongkai.history.CrossYearPass;
import gongkai.report.Check;
import gongkai.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With corpus passes, a run writes each report once, with its pass values already on it, and
 * writes an already indexed report again only when its year before changed.
 */
class PassWritesTest {

    private static final Path REAL = Path.of("samples/real");
    private static final String Y2021 = "平潭综合实验区_2021.txt";
    private static final String Y2022 = "平潭综合实验区_2022.txt";

    @TempDir
    Path tmp;

    private final List<Report> writes = Collections.synchronizedList(new ArrayList<>());

    private Path place(String folder, String name) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("corpus").resolve(folder));
        return Files.copy(REAL.resolve(name), dir.resolve(name));
    }

    private void index(int threads) throws IOException {
        writes.clear();
        Path index = tmp.resolve("index");
        IndexRunOptions options = new IndexRunOptions(List.of(tmp.resolve("corpus")), index, threads, true, 1000,
                Duration.ofSeconds(30));
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        new IndexRun(options, ReportReader::standard, quiet, w -> new CountingSink(new ReportIndexer(index, w), writes),
                List.of(new CrossYearPass(), new CopyPass())).run();
    }

    /** How often each report was written, by year. */
    private Map<Integer, Integer> writesByYear() {
        Map<Integer, Integer> out = new TreeMap<>();
        for (Report r : writes) out.merge(r.year(), 1, Integer::sum);
        return out;
    }

    private Report written(int year) {
        return writes.stream().filter(r -> r.year() == year).findFirst().orElseThrow();
    }

    private static Check check(Report r, String rule) {
        return r.checks().stream().filter(c -> c.rule().equals(rule)).findFirst().orElse(null);
    }

    @Test
    void aChainIsWrittenOnceWithItsValues() throws IOException {
        place("a", Y2021);
        place("a", Y2022);
        index(2);
        assertEquals(Map.of(2021, 1, 2022, 1), writesByYear());
        // 2021 四、结转下年度继续办理 总计 1; 2022 二、上年结转 总计 1.
        Check carried = check(written(2022), "cross_year.carried.total");
        assertNotNull(carried, written(2022).checks()::toString);
        assertTrue(carried.ok());
        assertEquals(1, carried.left().intValue());
        assertNotNull(written(2022).figures().get(CopyPass.PREV_YEAR));
        assertNull(check(written(2021), "cross_year.carried.total"));
        assertNull(written(2021).figures().get(CopyPass.PREV_YEAR));
    }

    @Test
    void aYearReadBeforeItsYearBeforeWaitsForIt() throws IOException {
        // One thread reads the folders in order: the later year first.
        place("a", Y2022);
        place("b", Y2021);
        index(1);
        assertEquals(Map.of(2021, 1, 2022, 1), writesByYear());
        assertNotNull(check(written(2022), "cross_year.carried.total"));
        assertNotNull(written(2022).figures().get(CopyPass.PREV_YEAR));
    }

    @Test
    void theYearBeforeArrivingLaterRewritesTheNextYearOnce() throws IOException {
        place("a", Y2022);
        index(2);
        assertNull(check(written(2022), "cross_year.carried.total"));
        place("b", Y2021);
        index(2);
        assertEquals(Map.of(2021, 1, 2022, 1), writesByYear());
        assertNotNull(check(written(2022), "cross_year.carried.total"));
        index(2);
        assertEquals(Map.of(), writesByYear());
    }

    @Test
    void aSecondReportOfTheYearBeforeLaterInTheRunTakesTheChecksAway() throws IOException {
        place("a", Y2021);
        place("a", Y2022);
        // The same agency's 2021 again, saved with a line of its own: two reports of 2021, so 2022 has no predecessor.
        Path again = Files.createDirectories(tmp.resolve("corpus").resolve("b")).resolve(Y2021);
        Files.writeString(again, Files.readString(REAL.resolve(Y2021)) + "\n另存一份。\n");
        index(1);
        Report last = null;
        for (Report r : writes) if (r.year() == 2022) last = r;
        assertEquals(2, writesByYear().get(2022), "written by the run, then again without the checks");
        assertNull(check(last, "cross_year.carried.total"), last.checks()::toString);
        assertNull(last.figures().get(CopyPass.PREV_YEAR));
    }

    /** Writes through to an index and keeps every report written. */
    private static final class CountingSink extends ForwardingReportSink {
        private final List<Report> writes;

        CountingSink(ReportSink sink, List<Report> writes) {
            super(sink);
            this.writes = writes;
        }

        @Override
        public void upsert(Report report) throws IOException {
            super.upsert(report);
            writes.add(report);
        }

        @Override
        public void add(Report report) throws IOException {
            super.add(report);
            writes.add(report);
        }
    }
}
