package gongkai.bench;

import gongkai.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor cost of indexing: smartcn segmenting the report texts, tokens consumed and
 * dropped, one analyzer per thread. Indexing cannot be faster than this, since every text
 * goes through smartcn once; the benchmark states indexing as a share of it.
 */
public final class AnalysisBaseline {

    private final List<String> texts;
    private final long chars;

    public AnalysisBaseline(List<String> texts) {
        this.texts = List.copyOf(texts);
        this.chars = texts.stream().mapToLong(String::length).sum();
    }

    /**
     * Throughput per wall-clock second and per CPU-second of the analysing threads.
     * On a machine shared with other work the second is the steadier figure.
     */
    public record Rate(double charsPerSecond, double charsPerCpuSecond) {
    }

    /** The rate on this many threads, after one warm-up pass over a tenth of the texts. */
    public Rate measure(int threads) throws Exception {
        run(threads, Math.max(1, texts.size() / 10));
        long t0 = System.nanoTime();
        long cpu = run(threads, texts.size());
        return new Rate(chars / ((System.nanoTime() - t0) / 1e9), chars / (cpu / 1e9));
    }

    public long chars() {
        return chars;
    }

    /** Runs the first {@code limit} texts; returns the CPU nanoseconds the threads used. */
    private long run(int threads, int limit) throws Exception {
        AtomicInteger cursor = new AtomicInteger();
        AtomicLong cpu = new AtomicLong();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    long start = mx.getCurrentThreadCpuTime();
                    try (Analyzer analyzer = new SmartChineseAnalyzer()) {
                        for (int i = cursor.getAndIncrement(); i < limit; i = cursor.getAndIncrement()) {
                            consume(analyzer, texts.get(i));
                        }
                    }
                    cpu.addAndGet(mx.getCurrentThreadCpuTime() - start);
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdown();
        }
        return cpu.get();
    }

    private static void consume(Analyzer analyzer, String text) {
        try (TokenStream ts = analyzer.tokenStream(Schema.TEXT, text)) {
            ts.reset();
            while (ts.incrementToken()) {
                // the cost is the segmentation itself
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
