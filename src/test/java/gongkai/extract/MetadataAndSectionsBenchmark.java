package gongkai.extract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How long metadata reading and section splitting take per seed-sized report, on one thread.
 * A benchmark to run by hand (not a test):
 * {@code java -cp target/classes:target/test-classes gongkai.extract.MetadataAndSectionsBenchmark}
 */
public final class MetadataAndSectionsBenchmark {

    /** CPU time as well as wall time: on a shared machine the wall clock also counts other processes. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        long loadStart = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.load();
        System.out.printf("gazetteer load: %.1f ms%n", (System.nanoTime() - loadStart) / 1e6);
        MetadataReader reader = new MetadataReader(gazetteer);
        SectionSplitter splitter = new SectionSplitter();
        List<String> texts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("samples/seeds"))) {
            for (Path p : seeds.sorted().toList()) {
                texts.add(Files.readString(p));
                names.add(p.getFileName().toString());
            }
        }
        int sink = 0;
        for (int round = 0; round < 5; round++) {
            int n = round < 3 ? 20_000 : 50_000;
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                int k = i % texts.size();
                sink += reader.read(texts.get(k), names.get(k)).warnings().size();
                sink += splitter.split(texts.get(k)).size();
            }
            double micros = (System.nanoTime() - start) / 1e3 / n;
            double cpuMicros = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e3 / n;
            System.out.printf("%s round %d: %.1f µs wall, %.1f µs CPU per report (metadata + sections), %.0f reports/s by CPU time%n",
                    round < 3 ? "warm-up" : "measured", round, micros, cpuMicros, 1e6 / cpuMicros);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
