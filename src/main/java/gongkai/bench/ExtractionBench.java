package gongkai.bench;

import gongkai.extract.ReportExtractor;
import gongkai.ingest.IngestException;
import gongkai.ingest.Ingestor;
import gongkai.report.Report;
import gongkai.synth.GroundTruth;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads every report of the corpus the way {@code gongkai index} does (ingest, then extract)
 * on worker threads, times it, and scores each report's figures against its ground truth.
 * Only ingest and extraction are timed: loading and comparing the truth is not.
 *
 * <p>It also keeps the texts of an evenly spread sample of reports, for the analysis
 * baseline; the whole corpus would not fit the heap.
 */
public final class ExtractionBench {

    /** Examples of each kind kept for the output, the first by file name. */
    static final int EXAMPLES = 8;
    /** Examples collected before sorting: enough that the first few by file name are the true first few in practice. */
    private static final int COLLECTED = 500;

    /** One figure read wrongly or not at all. {@code got} is null when it was not read. */
    public record Miss(String kind, String key, String file, BigDecimal expected, BigDecimal got) {
        public String line() {
            return String.format("%-7s %-34s %s  expected %s, got %s", kind, key, file,
                    expected == null ? "blank" : expected.toPlainString(), got == null ? "nothing" : got.toPlainString());
        }
    }

    /**
     * @param reports  reports read
     * @param failed   reports that could not be read at all (all their figures count as missing)
     * @param seconds  time spent in ingest and extraction, per thread
     * @param chars    characters of the extracted texts
     * @param bytes    the same texts in UTF-8 bytes
     * @param right    true figures read with their value (and blanks correctly left blank)
     * @param wrong    figures read with another value, or invented where the report has a blank
     * @param missing  true figures not read
     * @param examples the first few wrong and missing figures
     */
    public record Result(long reports, long failed, int threads, double seconds, long chars, long bytes,
                         long right, long wrong, long missing, List<Miss> examples) {
        public double reportsPerSecond() {
            return reports / seconds;
        }

        public double missingShare() {
            long all = right + wrong + missing;
            return all == 0 ? 0 : (double) missing / all;
        }
    }

    /** The measurement and the sampled texts. */
    public record Outcome(Result result, List<String> sample) {
    }

    private final List<Path> files;
    private final int threads;
    private final int sampleEvery;

    /** @param sampleSize about how many texts to keep for the analysis baseline */
    public ExtractionBench(List<Path> files, int threads, int sampleSize) {
        this.files = List.copyOf(files);
        this.threads = threads;
        this.sampleEvery = Math.max(1, files.size() / Math.max(1, sampleSize));
    }

    public Outcome run() throws Exception {
        AtomicInteger cursor = new AtomicInteger();
        AtomicLong busyNanos = new AtomicLong(), chars = new AtomicLong(), bytes = new AtomicLong(), failed = new AtomicLong();
        AtomicLong right = new AtomicLong(), wrong = new AtomicLong(), missing = new AtomicLong();
        List<Miss> wrongs = Collections.synchronizedList(new ArrayList<>());
        List<Miss> misses = Collections.synchronizedList(new ArrayList<>());
        String[] sample = new String[(files.size() + sampleEvery - 1) / sampleEvery];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    Ingestor ingestor = new Ingestor();
                    ReportExtractor extractor = ReportExtractor.standard();
                    for (int i = cursor.getAndIncrement(); i < files.size(); i = cursor.getAndIncrement()) {
                        Path file = files.get(i);
                        long t0 = System.nanoTime();
                        Report report;
                        try {
                            report = extractor.extract(ingestor.read(file));
                        } catch (IngestException | RuntimeException e) {
                            report = null;
                        }
                        busyNanos.addAndGet(System.nanoTime() - t0);
                        GroundTruth truth = GroundTruth.load(GroundTruth.pathFor(file));
                        if (report == null) {
                            failed.incrementAndGet();
                            missing.addAndGet(truth.figures().size());
                            continue;
                        }
                        String text = report.text() == null ? "" : report.text();
                        chars.addAndGet(text.length());
                        bytes.addAndGet(text.getBytes(StandardCharsets.UTF_8).length);
                        if (i % sampleEvery == 0) sample[i / sampleEvery] = text;
                        GroundTruth.FigureScore score = truth.score(report.figures());
                        right.addAndGet(score.right());
                        wrong.addAndGet(score.wrong().size());
                        missing.addAndGet(score.missing().size());
                        String name = files.get(i).getFileName().toString();
                        for (String key : score.wrong()) {
                            if (wrongs.size() < COLLECTED) {
                                wrongs.add(new Miss("wrong", key, name, truth.figures().get(key), report.figures().get(key)));
                            }
                        }
                        for (String key : score.missing()) {
                            if (misses.size() < COLLECTED) {
                                misses.add(new Miss("missing", key, name, truth.figures().get(key), null));
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdown();
        }
        List<Miss> examples = new ArrayList<>(first(wrongs));
        examples.addAll(first(misses));
        Result result = new Result(files.size() - failed.get(), failed.get(), threads, busyNanos.get() / 1e9 / threads,
                chars.get(), bytes.get(), right.get(), wrong.get(), missing.get(), examples);
        List<String> texts = new ArrayList<>();
        for (String s : sample) if (s != null) texts.add(s);
        return new Outcome(result, texts);
    }

    private static List<Miss> first(List<Miss> misses) {
        synchronized (misses) {
            return misses.stream().sorted(Comparator.comparing(Miss::file).thenComparing(Miss::key)).limit(EXAMPLES).toList();
        }
    }
}
