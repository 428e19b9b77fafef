package gongkai.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;

/**
 * Everything one benchmark run measured, as the table it prints and as {@code bench.json}.
 *
 * @param reports        reports in the corpus
 * @param seed           the corpus's seed
 * @param threads        worker threads of extraction, analysis and indexing
 * @param analysis1t     smartcn alone on one thread, chars/s
 * @param analysis2t     smartcn alone on {@code threads} threads, chars/s: the mean of the
 *                       runs just before and just after indexing, so that the ratio compares
 *                       like with like on a machine whose load changes
 * @param analysisTexts  how many report texts (an even sample) the analysis ran over
 * @param extraction     ingest and extraction: speed and accuracy against the ground truth
 * @param index          the indexing run
 * @param queryMs        in-process search latency by kind
 * @param httpMs         the same searches over HTTP from another process
 */
public record BenchResult(long reports, long seed, int threads, AnalysisBaseline.Rate analysis1t,
                          AnalysisBaseline.Rate analysis2tBefore, AnalysisBaseline.Rate analysis2tAfter, int analysisTexts, ExtractionBench.Result extraction,
                          IndexStats index, Map<String, Latency> queryMs, Map<String, Latency> httpMs) {

    /** Indexing must reach this share of smartcn's throughput alone. */
    public static final double INDEX_RATIO_BAR = 0.80;
    public static final double HEAP_BAR_MB = 1024;
    public static final double QUERY_P99_BAR_MS = 20;
    public static final double HTTP_OVERHEAD_BAR_MS = 1;
    public static final double MISSING_BAR = 0.001;

    /**
     * What the indexing JVM reported, and the index's size on disk. The {@code steady} figures
     * cover the run from the moment a tenth of the files were done to its end, as the smartcn
     * baseline is timed after a warm-up over a tenth of its texts.
     */
    public record IndexStats(long reports, long failed, long chars, long bytes, double seconds, double cpuSeconds,
                             long steadyChars, double steadySeconds, double steadyCpuSeconds,
                             double peakHeapMb, double peakHeapUsedMb, double maxHeapMb, long indexBytes) {
        double reportsPerSecond() {
            return reports / seconds;
        }

        double charsPerSecond() {
            return chars / seconds;
        }

        double charsPerCpuSecond() {
            return chars / cpuSeconds;
        }

        double megabytesPerSecond() {
            return bytes / seconds / 1e6;
        }

        double steadyCharsPerSecond() {
            return steadyChars / steadySeconds;
        }

        double steadyCharsPerCpuSecond() {
            return steadyChars / steadyCpuSeconds;
        }
    }

    /** Latency of one query kind in milliseconds. */
    public record Latency(double p50, double p99, double max, int runs) {
    }

    public double analysis2t() {
        return (analysis2tBefore.charsPerSecond() + analysis2tAfter.charsPerSecond()) / 2;
    }

    /** smartcn's chars per CPU-second on {@code threads} threads, before and after indexing. */
    public double analysisPerCpuSecond() {
        return (analysis2tBefore.charsPerCpuSecond() + analysis2tAfter.charsPerCpuSecond()) / 2;
    }

    /** The whole run, from a fresh JVM, over smartcn alone: per wall-clock second. */
    public double indexToAnalysisRatio() {
        return index.charsPerSecond() / analysis2t();
    }

    /** The same ratio per CPU-second: what indexing costs beside smartcn, whatever else the machine runs. */
    public double indexToAnalysisCpuRatio() {
        return index.charsPerCpuSecond() / analysisPerCpuSecond();
    }

    /** The bar's ratio: both sides past their warm-up, per wall-clock second. */
    public double steadyIndexToAnalysisRatio() {
        return index.steadyCharsPerSecond() / analysis2t();
    }

    public double steadyIndexToAnalysisCpuRatio() {
        return index.steadyCharsPerCpuSecond() / analysisPerCpuSecond();
    }

    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode o = mapper.createObjectNode();
        o.put("reports", reports);
        o.put("seed", seed);
        o.put("threads", threads);
        o.put("cores", Runtime.getRuntime().availableProcessors());
        o.put("corpus_chars", extraction.chars());
        o.put("corpus_bytes", extraction.bytes());
        o.put("analysis_chars_per_s_1t", round(analysis1t.charsPerSecond()));
        o.put("analysis_chars_per_s_2t", round(analysis2t()));
        o.put("analysis_chars_per_s_2t_before_index", round(analysis2tBefore.charsPerSecond()));
        o.put("analysis_chars_per_s_2t_after_index", round(analysis2tAfter.charsPerSecond()));
        o.put("analysis_chars_per_cpu_s", round(analysisPerCpuSecond()));
        o.put("analysis_sample_reports", analysisTexts);
        o.put("extract_reports_per_s", round1(extraction.reportsPerSecond()));
        o.put("index_reports_per_s", round1(index.reportsPerSecond()));
        o.put("index_mb_per_s", round2(index.megabytesPerSecond()));
        o.put("index_chars_per_s", round(index.charsPerSecond()));
        o.put("index_chars_per_cpu_s", round(index.charsPerCpuSecond()));
        o.put("index_seconds", round1(index.seconds()));
        o.put("index_cpu_seconds", round1(index.cpuSeconds()));
        o.put("index_failed", index.failed());
        o.put("index_to_analysis_ratio", round2(indexToAnalysisRatio()));
        o.put("index_to_analysis_ratio_cpu", round2(indexToAnalysisCpuRatio()));
        o.put("index_steady_chars_per_s", round(index.steadyCharsPerSecond()));
        o.put("index_steady_chars_per_cpu_s", round(index.steadyCharsPerCpuSecond()));
        o.put("index_steady_to_analysis_ratio", round2(steadyIndexToAnalysisRatio()));
        o.put("index_steady_to_analysis_ratio_cpu", round2(steadyIndexToAnalysisCpuRatio()));
        o.put("index_bytes", index.indexBytes());
        o.put("peak_heap_mb", round1(index.peakHeapMb()));
        o.put("peak_heap_used_mb", round1(index.peakHeapUsedMb()));
        o.put("index_heap_limit_mb", round1(index.maxHeapMb()));
        latencies(o.putObject("query_ms"), queryMs);
        latencies(o.putObject("http_ms"), httpMs);
        if (httpMs.containsKey(HttpLatency.FEED) && httpMs.containsKey(HttpLatency.FEED_SEARCH)) {
            o.put("feed_to_search_p50", round2(httpMs.get(HttpLatency.FEED).p50() / httpMs.get(HttpLatency.FEED_SEARCH).p50()));
            o.put("feed_to_search_p99", round2(httpMs.get(HttpLatency.FEED).p99() / httpMs.get(HttpLatency.FEED_SEARCH).p99()));
        }
        ObjectNode x = o.putObject("extraction");
        x.put("right", extraction.right());
        x.put("wrong", extraction.wrong());
        x.put("missing", extraction.missing());
        x.put("failed_reports", extraction.failed());
        var examples = x.putArray("examples");
        for (ExtractionBench.Miss m : extraction.examples()) {
            ObjectNode e = examples.addObject();
            e.put("kind", m.kind());
            e.put("key", m.key());
            e.put("file", m.file());
            e.put("expected", m.expected());
            e.put("got", m.got());
        }
        return o;
    }

    private static void latencies(ObjectNode into, Map<String, Latency> ms) {
        ms.forEach((kind, l) -> {
            ObjectNode k = into.putObject(kind);
            k.put("p50", round2(l.p50()));
            k.put("p99", round2(l.p99()));
            k.put("max", round2(l.max()));
            k.put("runs", l.runs());
        });
    }

    /** The table {@code gongkai bench} prints, each bar beside its figure. */
    public String table() {
        StringBuilder b = new StringBuilder();
        line(b, "Gongkai benchmark: %,d synthetic reports (seed %d), %d threads on %d cores",
                reports, seed, threads, Runtime.getRuntime().availableProcessors());
        line(b, "corpus text                  %,.1f M chars, %,.1f MB UTF-8", extraction.chars() / 1e6, extraction.bytes() / 1e6);
        line(b, "smartcn analysis alone       1 thread   %,12.0f chars/s   (%,d report texts)", analysis1t.charsPerSecond(), analysisTexts);
        line(b, "                             %d threads  %,12.0f chars/s   (%,.0f before indexing, %,.0f after); %,.0f chars/CPU-s",
                threads, analysis2t(), analysis2tBefore.charsPerSecond(), analysis2tAfter.charsPerSecond(), analysisPerCpuSecond());
        line(b, "extraction (ingest+extract)  %d threads  %,12.1f reports/s", threads, extraction.reportsPerSecond());
        line(b, "indexing (gongkai index)     %d threads  %,12.1f reports/s  %.2f MB/s  %,.0f chars/s  (%,d reports in %.1f s)",
                threads, index.reportsPerSecond(), index.megabytesPerSecond(), index.charsPerSecond(), index.reports(), index.seconds());
        line(b, "                             %,.0f chars/CPU-s (%.1f CPU-s, all threads of the indexing JVM)",
                index.charsPerCpuSecond(), index.cpuSeconds());
        line(b, "                             after the first tenth: %,.0f chars/s, %,.0f chars/CPU-s",
                index.steadyCharsPerSecond(), index.steadyCharsPerCpuSecond());
        line(b, "  index / analysis           %.2f per second, %.2f per CPU-second, both warmed up   bar >= %.2f  %s",
                steadyIndexToAnalysisRatio(), steadyIndexToAnalysisCpuRatio(), INDEX_RATIO_BAR,
                verdict(steadyIndexToAnalysisRatio() >= INDEX_RATIO_BAR));
        line(b, "                             %.2f per second, %.2f per CPU-second, whole run from a fresh JVM",
                indexToAnalysisRatio(), indexToAnalysisCpuRatio());
        line(b, "index size on disk           %,.1f MB", index.indexBytes() / 1e6);
        line(b, "peak heap while indexing     %,.0f MB live after GC, %,.0f MB used incl. garbage (-Xmx %,.0f MB)  bar <= %.0f MB  %s",
                index.peakHeapMb(), index.peakHeapUsedMb(), index.maxHeapMb(), HEAP_BAR_MB, verdict(index.peakHeapMb() <= HEAP_BAR_MB));
        b.append(latencyTable(queryMs, httpMs));
        long all = extraction.right() + extraction.wrong() + extraction.missing();
        line(b, "extraction vs ground truth   %,d figures: %,d right, %,d wrong, %,d missing (%.3f%%)%s  bar 0 wrong, <= %.1f%% missing  %s",
                all, extraction.right(), extraction.wrong(), extraction.missing(), 100 * extraction.missingShare(),
                extraction.failed() > 0 ? ", " + extraction.failed() + " reports unreadable" : "", 100 * MISSING_BAR,
                verdict(extraction.wrong() == 0 && extraction.missingShare() <= MISSING_BAR));
        for (ExtractionBench.Miss m : extraction.examples()) line(b, "  %s", m.line());
        return b.toString();
    }

    /**
     * The query lines of the table: per kind, in-process and HTTP p50 and p99 and what HTTP adds
     * at p50, each beside its bar; then the feed beside the search of the same queries.
     */
    public static String latencyTable(Map<String, Latency> queryMs, Map<String, Latency> httpMs) {
        StringBuilder b = new StringBuilder();
        line(b, "query latency (ms)           in-process p50     p99   HTTP p50     p99   HTTP adds at p50");
        for (Map.Entry<String, Latency> e : queryMs.entrySet()) {
            Latency q = e.getValue();
            Latency h = httpMs.get(e.getKey());
            double adds = h == null ? Double.NaN : h.p50() - q.p50();
            line(b, "  %-26s %10.2f %7.2f   %8.2f %7.2f   %+8.2f   p99 %s, HTTP %s", e.getKey(), q.p50(), q.p99(),
                    h == null ? Double.NaN : h.p50(), h == null ? Double.NaN : h.p99(), adds,
                    verdict(q.p99() <= QUERY_P99_BAR_MS), verdict(adds <= HTTP_OVERHEAD_BAR_MS));
        }
        Latency feed = httpMs.get(HttpLatency.FEED);
        Latency feedSearch = httpMs.get(HttpLatency.FEED_SEARCH);
        if (feed != null && feedSearch != null) {
            line(b, "feed vs search over HTTP     search p50 %.2f p99 %.2f, feed.atom p50 %.2f p99 %.2f ms (%d queries): feed/search %.2f at p50, %.2f at p99",
                    feedSearch.p50(), feedSearch.p99(), feed.p50(), feed.p99(), HttpLatency.feedQueries().size(),
                    feed.p50() / feedSearch.p50(), feed.p99() / feedSearch.p99());
        }
        return b.toString();
    }

    private static String verdict(boolean ok) {
        return ok ? "ok" : "MISSED";
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static double round(double v) {
        return Math.round(v);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
