package gongkai.bench;

import gongkai.index.ReportIndexer;
import gongkai.index.Schema;
import gongkai.report.Report;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Measures how fast reports are indexed against how fast smartcn alone can segment the same
 * texts on the same number of threads. Smartcn is the floor cost of the index (every text
 * goes through it once); the ratio says how much the rest of the schema adds on top.
 *
 * <p>Both measurements take already extracted reports, so ingest and extraction are outside
 * the comparison. Each is run {@code rounds} times after one warm-up, and the best round counts.
 */
public final class IndexThroughput {

    /** One measurement: how much went through in how long. */
    /**
     * @param seconds    wall-clock time
     * @param cpuSeconds CPU time of the whole process (all threads, GC included) over the same
     *                   interval: on a shared machine this is the fairer measure of work
     */
    public record Rate(String what, int threads, long reports, long chars, long bytes, double seconds, double cpuSeconds) {
        public double reportsPerSecond() {
            return reports / seconds;
        }

        public double charsPerSecond() {
            return chars / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / seconds / 1_000_000.0;
        }

        /** Characters per CPU-second: throughput per core, unaffected by other processes' load. */
        public double charsPerCpuSecond() {
            return chars / cpuSeconds;
        }

        public String line() {
            return String.format(java.util.Locale.ROOT,
                    "%-18s %d thread%s %7.1f reports/s %6.2f MB/s %,10.0f chars/s | %,9.0f chars/cpu-s (%d reports, %.2f s, %.2f cpu-s)",
                    what, threads, threads == 1 ? " " : "s", reportsPerSecond(), megabytesPerSecond(), charsPerSecond(),
                    charsPerCpuSecond(), reports, seconds, cpuSeconds);
        }
    }

    /** The comparison the bar asks for: indexing over analysis, both on the same threads. */
    public record Result(Rate analysisOneThread, Rate analysis, Rate indexing) {
        /** Wall-clock throughput of indexing over analysis: the bar, on an otherwise idle machine. */
        public double ratio() {
            return indexing.charsPerSecond() / analysis.charsPerSecond();
        }

        /** The same ratio per CPU-second: what the bar measures when other processes share the cores. */
        public double cpuRatio() {
            return indexing.charsPerCpuSecond() / analysis.charsPerCpuSecond();
        }
    }

    private final List<Report> reports;
    private final long chars;
    private final long bytes;
    private final int rounds;

    public IndexThroughput(List<Report> reports, int rounds) {
        this.reports = List.copyOf(reports);
        this.chars = reports.stream().mapToLong(r -> text(r).length()).sum();
        this.bytes = reports.stream().mapToLong(r -> text(r).getBytes(StandardCharsets.UTF_8).length).sum();
        this.rounds = rounds;
    }

    public Result measure(int threads) throws IOException {
        return new Result(analysis(1), analysis(threads), indexing(threads));
    }

    /** smartcn alone: every text tokenised to the end, one analyzer per thread, nothing kept. */
    public Rate analysis(int threads) {
        return best("smartcn analysis", threads, () -> {
            runOnThreads(threads, () -> {
                Analyzer analyzer = new SmartChineseAnalyzer();
                return next -> {
                    try (TokenStream ts = analyzer.tokenStream(Schema.TEXT, text(next))) {
                        ts.reset();
                        while (ts.incrementToken()) {
                            // consume: the cost is the segmentation itself
                        }
                        ts.end();
                    }
                };
            });
            return null;
        });
    }

    /** The whole index step: documents built, analysed twice, stored, committed to disk. */
    public Rate indexing(int threads) throws IOException {
        Path base = Files.createTempDirectory("gongkai-bench-index");
        try {
            AtomicInteger round = new AtomicInteger();
            return best("indexing", threads, () -> {
                Path dir = base.resolve("round-" + round.incrementAndGet());
                try (ReportIndexer indexer = new ReportIndexer(dir)) {
                    runOnThreads(threads, () -> indexer::add);
                    indexer.commit();
                }
                deleteTree(dir);
                return null;
            });
        } finally {
            deleteTree(base);
        }
    }

    private interface Work {
        void accept(Report r) throws IOException;
    }

    private interface WorkFactory {
        Work create() throws IOException;
    }

    private interface Body {
        Void run() throws Exception;
    }

    /** Runs the body once to warm up, then {@code rounds} times, and keeps the fastest. */
    private Rate best(String what, int threads, Body body) {
        try {
            body.run();
            double best = Double.MAX_VALUE;
            double bestCpu = Double.MAX_VALUE;
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                long c0 = processCpuNanos();
                body.run();
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                bestCpu = Math.min(bestCpu, (processCpuNanos() - c0) / 1e9);
            }
            return new Rate(what, threads, reports.size(), chars, bytes, best, bestCpu);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
        }
    }

    /** Each thread takes the next report until none is left, like the index command's workers. */
    private void runOnThreads(int threads, WorkFactory factory) throws Exception {
        AtomicInteger cursor = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<Void> task = () -> {
                    Work work = factory.create();
                    for (int i = cursor.getAndIncrement(); i < reports.size(); i = cursor.getAndIncrement()) {
                        work.accept(reports.get(i));
                    }
                    return null;
                };
                done.add(pool.submit(task));
            }
            for (Future<Void> f : done) f.get();
        } finally {
            pool.shutdown();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String text(Report r) {
        return r.text() == null ? "" : r.text();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
