package gongkai.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.copy.CopyPass;
import gongkai.copy.NearestPass;
import gongkai.history.CrossYearPass;
import gongkai.index.CorpusPass;
import gongkai.index.NeighbourPass;
import gongkai.index.IndexRun;
import gongkai.index.IndexRunOptions;
import gongkai.index.IndexSummary;
import gongkai.index.ReportReader;
import gongkai.index.RunProgress;
import gongkai.report.Report;
import gongkai.report.ReportJson;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The indexing phase of the benchmark, run in a JVM of its own so that its heap limit and
 * its peak heap are the indexer's alone: {@code IndexPhase CORPUS INDEX THREADS [PASSES]}. It
 * indexes the corpus as {@code gongkai index} does (read, extract, add, commit in batches) into
 * a fresh index, with the corpus passes named ({@link #passes}: {@code none}, the default, or
 * {@code cross-year}, {@code copy}, comma-separated), and prints one JSON line: reports, chars,
 * bytes, seconds, peak heap.
 *
 * <p>Besides the whole run it times the run's steady part: from the moment a tenth of the
 * files are done to the end (final commit included). The smartcn baseline is timed after a
 * warm-up pass over a tenth of its texts, so this is the like-for-like figure; the whole run
 * adds what a fresh JVM spends compiling the indexer's code on its first reports.
 */
public final class IndexPhase {

    /** The line of standard output that carries the result starts with this. */
    static final String RESULT = "gongkai-index-phase ";

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path index = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        List<CorpusPass> passes = passes(args.length > 3 ? args[3] : NONE);
        deleteTree(index);
        AtomicLong chars = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        IndexRunOptions options = new IndexRunOptions(List.of(corpus), index, threads, false,
                IndexRunOptions.DEFAULT_COMMIT_EVERY, IndexRunOptions.DEFAULT_COMMIT_AFTER);
        IndexSummary summary;
        double peakLive;
        double peakUsed;
        long cpuBefore = processCpuNanos();
        SteadyMark steady = new SteadyMark(chars);
        long end;
        long cpuEnd;
        try (HeapWatch heap = new HeapWatch()) {
            summary = new IndexRun(options, () -> counting(ReportReader.standard(), chars, bytes), System.err)
                    .withPasses(passes).withNeighbourPasses(neighbours(args.length > 3 ? args[3] : NONE)).run(steady::start);
            end = System.nanoTime();
            cpuEnd = processCpuNanos();
            peakLive = heap.peakLiveMb();
            peakUsed = heap.peakUsedMb();
        }
        long cpu = cpuEnd - cpuBefore;
        ObjectMapper mapper = ReportJson.newMapper();
        ObjectNode o = mapper.createObjectNode();
        o.put("reports", summary.indexed());
        o.put("failed", summary.failures().size());
        o.put("chars", chars.get());
        o.put("bytes", bytes.get());
        o.put("seconds", summary.elapsed().toNanos() / 1e9);
        o.put("cpu_seconds", cpu / 1e9);
        o.put("steady_chars", chars.get() - steady.chars);
        o.put("steady_seconds", (end - steady.nanos) / 1e9);
        o.put("steady_cpu_seconds", (cpuEnd - steady.cpuNanos) / 1e9);
        o.put("peak_heap_mb", peakLive);
        o.put("peak_heap_used_mb", peakUsed);
        o.put("max_heap_mb", HeapWatch.maxHeapMb());
        System.out.println(RESULT + mapper.writeValueAsString(o));
    }

    /** No corpus pass: indexing alone. */
    static final String NONE = "none";
    static final String CROSS_YEAR = "cross-year";
    static final String COPY = "copy";

    /** The passes named, in the order {@code gongkai index} runs them. */
    static List<CorpusPass> passes(String names) {
        List<String> named = List.of(names.split(","));
        List<CorpusPass> out = new ArrayList<>();
        if (named.contains(CROSS_YEAR)) out.add(new CrossYearPass());
        if (named.contains(COPY)) out.add(new CopyPass());
        for (String n : named) {
            if (!n.equals(NONE) && !n.equals(CROSS_YEAR) && !n.equals(COPY)) throw new IllegalArgumentException("no corpus pass named " + n);
        }
        return out;
    }

    /** Copy detection is {@code copy.prev_year} as each report is written and {@code copy.nearest} after the run. */
    static List<NeighbourPass> neighbours(String names) {
        return List.of(names.split(",")).contains(COPY) ? List.of(new NearestPass()) : List.of();
    }

    /**
     * Notes the time, the CPU time and the characters read when a tenth of the files are done.
     * Until then (and for a run too short to get there) the mark is the run's start.
     */
    private static final class SteadyMark {
        private final AtomicLong read;
        private long nanos = System.nanoTime();
        private long cpuNanos = processCpuNanos();
        private long chars;
        private boolean marked;

        SteadyMark(AtomicLong read) {
            this.read = read;
        }

        RunProgress start(String task, long total) {
            return new RunProgress() {
                @Override
                public void update(long done) {
                    if (!marked && done >= total / 10) {
                        marked = true;
                        nanos = System.nanoTime();
                        cpuNanos = processCpuNanos();
                        chars = read.get();
                    }
                }

                @Override
                public void close() {
                }
            };
        }
    }

    /** CPU time of the whole JVM: workers, merges, commits, garbage collection and the JIT. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The reader, counting the characters and UTF-8 bytes of every text it reads. */
    private static ReportReader counting(ReportReader reader, AtomicLong chars, AtomicLong bytes) {
        return file -> {
            Report r = reader.read(file);
            String text = r.text() == null ? "" : r.text();
            chars.addAndGet(text.length());
            bytes.addAndGet(utf8Length(text));
            return r;
        };
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
