package gongkai.bench;

import gongkai.extract.Gazetteer;
import gongkai.extract.MetadataReader;
import gongkai.extract.ReportExtractor;
import gongkai.extract.SectionSplitter;
import gongkai.extract.TableReader;
import gongkai.ingest.SourceText;
import gongkai.ingest.TextNormaliser;
import gongkai.report.FigureCatalog;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * Measures extraction speed on one thread over a folder of .txt reports: the whole
 * {@link ReportExtractor}, each of its parts, and smartcn analysis of the same texts for scale,
 * in reports per second by the wall clock and per CPU-second of the measuring thread. On a
 * shared machine the wall clock also counts other processes' turns, so the CPU figure and the
 * ratio to smartcn are the ones to compare. Run with
 * {@code java -cp target/gongkai.jar gongkai.bench.ExtractBench [dir]}.
 * The bar is 3,000 seed-sized reports per CPU-second for the whole extractor.
 */
public final class ExtractBench {

    /** A measured rate: reports per wall-clock second and per CPU-second of the measuring thread. */
    public record Rate(String what, long reports, double perSecond, double perCpuSecond) {
        public String line() {
            return String.format("%-22s %,9.0f reports/s wall  %,9.0f reports per CPU-second  (%,d reports, one thread)",
                    what, perSecond, perCpuSecond, reports);
        }
    }

    private final List<SourceText> sources;
    private final double warmUpSeconds;
    private final double seconds;

    /**
     * @param warmUpSeconds how long each piece of work runs unmeasured first, for the JIT compiler
     *                      (on a busy two-core machine it needs several seconds)
     * @param seconds       how long each measurement then runs
     */
    public ExtractBench(List<SourceText> sources, double warmUpSeconds, double seconds) {
        if (sources.isEmpty()) throw new IllegalArgumentException("no reports to measure");
        this.sources = List.copyOf(sources);
        this.warmUpSeconds = warmUpSeconds;
        this.seconds = seconds;
    }

    /** The .txt reports of a folder, sorted by name, as the extractor receives them. */
    public static List<SourceText> load(Path dir) throws IOException {
        List<SourceText> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(new SourceText(p.toString(), "txt", "", Files.readString(p)));
            }
        }
        return out;
    }

    /** The whole extractor: metadata, sections, tables and the search text. */
    public Rate whole() {
        ReportExtractor extractor = ReportExtractor.standard();
        return measure("whole extractor", s -> extractor.extract(s).figures().size());
    }

    /** Each part of the extractor alone, for where the time goes. */
    public List<Rate> parts() {
        MetadataReader metadata = new MetadataReader(Gazetteer.load());
        SectionSplitter sections = new SectionSplitter();
        TableReader tables = new TableReader(FigureCatalog.standard());
        TextNormaliser normaliser = new TextNormaliser();
        return List.of(
                measure("  metadata", s -> metadata.read(s.text(), s.source()).warnings().size()),
                measure("  sections", s -> sections.split(s.text()).size()),
                measure("  tables", s -> tables.read(s.text()).figures().size()),
                measure("  search text", s -> normaliser.forSearch(s.text()).length()));
    }

    /** smartcn segmenting the same texts, tokens consumed and dropped: the cost of indexing them. */
    public Rate smartcn() {
        try (Analyzer analyzer = new SmartChineseAnalyzer()) {
            return measure("smartcn analysis", s -> tokens(analyzer, s.text()));
        }
    }

    private Rate measure(String what, ToIntFunction<SourceText> work) {
        long sink = run(work, warmUpSeconds)[2];
        long[] r = run(work, seconds);
        if (sink + r[2] == 42) System.out.print("");
        return new Rate(what, r[3], r[3] / (r[0] / 1e9), r[3] / (r[1] / 1e9));
    }

    /** Runs for about this long; returns wall nanos, CPU nanos, a sink against dead-code removal, reports. */
    private long[] run(ToIntFunction<SourceText> work, double forSeconds) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long sink = 0;
        int n = 0;
        long start = System.nanoTime();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long until = start + (long) (forSeconds * 1e9);
        do {
            // whole passes over the folder, so every report weighs the same
            for (SourceText s : sources) sink += work.applyAsInt(s);
            n += sources.size();
        } while (System.nanoTime() < until);
        return new long[]{System.nanoTime() - start, cpu.getCurrentThreadCpuTime() - cpuStart, sink, n};
    }

    private static int tokens(Analyzer analyzer, String text) {
        int count = 0;
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            ts.reset();
            while (ts.incrementToken()) count++;
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/seeds");
        List<SourceText> sources = load(dir);
        if (sources.isEmpty()) {
            System.err.println("no .txt reports in " + dir);
            System.exit(1);
        }
        ExtractBench bench = new ExtractBench(sources, 10, 5);
        Rate whole = bench.whole();
        System.out.println(whole.line());
        for (Rate part : bench.parts()) System.out.println(part.line());
        Rate smartcn = bench.smartcn();
        System.out.println(smartcn.line());
        long chars = sources.stream().mapToLong(s -> s.text().length()).sum();
        System.out.printf("%,d reports, %,d characters on average%n", sources.size(), chars / sources.size());
        System.out.printf("smartcn: %,.0f characters per CPU-second%n", smartcn.perCpuSecond() * chars / sources.size());
        System.out.printf("whole extractor / smartcn, per CPU-second: %.1f×%n", whole.perCpuSecond() / smartcn.perCpuSecond());
    }
}
