package gongkai.bench;

import gongkai.extract.TableReader;
import gongkai.extract.TableResult;
import gongkai.report.FigureCatalog;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures table extraction speed on one thread over the seed reports: reports per second,
 * after a warm-up. Run with {@code java -cp target/classes:… gongkai.bench.ExtractBench [dir]}.
 * The bar is 3,000 seed-sized reports a second, ten times what smartcn analysis manages.
 */
public final class ExtractBench {

    private ExtractBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/seeds");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        if (texts.isEmpty()) {
            System.err.println("no .txt reports in " + dir);
            System.exit(1);
        }
        TableReader reader = new TableReader(FigureCatalog.standard());
        long sink = 0;
        for (int i = 0; i < 20_000; i++) sink += reader.read(texts.get(i % texts.size())).figures().size();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 5; round++) {
            int n = 0;
            long start = System.nanoTime();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            long until = start + 2_000_000_000L;
            while (System.nanoTime() < until) {
                TableResult r = reader.read(texts.get(n % texts.size()));
                sink += r.figures().size();
                n++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            // CPU time too: on a shared machine the wall clock also counts other processes' turns
            System.out.printf("round %d: %,.0f reports/s wall, %,.0f reports per CPU-second (%d reports, one thread)%n",
                    round, n / seconds, n / cpuSeconds, n);
        }
        if (sink == 42) System.out.println();
    }
}
