package gongkai.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the corpus passes add to indexing time: the same corpus indexed into a fresh index by
 * {@link IndexPhase} in a JVM of its own, without passes, with the cross-year checks alone,
 * with the copy measures alone and with both, one after the other in each round. The fastest
 * run of each kind counts: the machine's load comes and goes, and a slow run says more about
 * the load than about the passes.
 */
public final class PassCost {

    /** The bars: cross-year checks add at most 10% to indexing time, copy detection at most 15%. */
    public static final double CROSS_YEAR_BAR = 0.10;
    public static final double COPY_BAR = 0.15;

    /** The kinds of run, by the passes {@link IndexPhase} is given. */
    static final Map<String, String> KINDS = kinds();

    private static Map<String, String> kinds() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("none", IndexPhase.NONE);
        m.put("cross_year", IndexPhase.CROSS_YEAR);
        m.put("copy", IndexPhase.COPY);
        m.put("both", IndexPhase.CROSS_YEAR + "," + IndexPhase.COPY);
        return m;
    }

    /**
     * @param seconds    each kind's fastest indexing run, whole (passes included), by kind
     * @param cpuSeconds each kind's least CPU time of the indexing JVM (all threads, JIT and GC included), by kind:
     *                   steadier than the wall clock on a machine whose other load comes and goes
     * @param reports reports indexed in each run
     * @param both    the index written with both passes, left in place for the latency stage
     */
    public record Result(Map<String, Double> seconds, Map<String, Double> cpuSeconds, long reports, int rounds, Path both) {

        /** The share a kind adds to indexing without passes: 0.05 is +5%. */
        public double added(String kind) {
            return seconds.get(kind) / seconds.get("none") - 1;
        }

        /** The share a kind adds to the CPU time of indexing without passes. */
        public double addedCpu(String kind) {
            return cpuSeconds.get(kind) / cpuSeconds.get("none") - 1;
        }

        public String lines() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "corpus passes (%,d reports, fastest of %d rounds, fresh JVMs)%n", reports, rounds));
            b.append(String.format(Locale.ROOT, "  indexing without passes    %8.1f s, %.1f CPU-s%n", seconds.get("none"), cpuSeconds.get("none")));
            b.append(String.format(Locale.ROOT, "  cross-year checks +%.1f%% of indexing time (%.1f s; +%.1f%% CPU)   bar <= %.0f%%  %s%n",
                    100 * added("cross_year"), seconds.get("cross_year"), 100 * addedCpu("cross_year"), 100 * CROSS_YEAR_BAR,
                    verdict(added("cross_year") <= CROSS_YEAR_BAR)));
            b.append(String.format(Locale.ROOT, "  copy detection +%.1f%% of indexing time (%.1f s; +%.1f%% CPU)   bar <= %.0f%%  %s%n",
                    100 * added("copy"), seconds.get("copy"), 100 * addedCpu("copy"), 100 * COPY_BAR, verdict(added("copy") <= COPY_BAR)));
            b.append(String.format(Locale.ROOT, "  both passes +%.1f%% of indexing time (%.1f s; +%.1f%% CPU)%n",
                    100 * added("both"), seconds.get("both"), 100 * addedCpu("both")));
            return b.toString();
        }

        public ObjectNode toJson(ObjectMapper mapper) {
            ObjectNode o = mapper.createObjectNode();
            o.put("reports", reports);
            o.put("rounds", rounds);
            ObjectNode s = o.putObject("seconds");
            seconds.forEach(s::put);
            ObjectNode c = o.putObject("cpu_seconds");
            cpuSeconds.forEach(c::put);
            ObjectNode a = o.putObject("added_share");
            ObjectNode ac = o.putObject("added_cpu_share");
            for (String k : seconds.keySet()) {
                if (k.equals("none")) continue;
                a.put(k, Math.round(added(k) * 10000) / 10000.0);
                ac.put(k, Math.round(addedCpu(k) * 10000) / 10000.0);
            }
            return o;
        }
    }

    private final Path corpus;
    private final Path work;
    private final int threads;
    private final int rounds;
    private final PrintStream log;

    public PassCost(Path corpus, Path work, int threads, int rounds, PrintStream log) {
        this.corpus = corpus;
        this.work = work;
        this.threads = threads;
        this.rounds = rounds;
        this.log = log;
    }

    public Result measure() throws IOException, InterruptedException {
        Map<String, Double> best = new LinkedHashMap<>();
        Map<String, Double> bestCpu = new LinkedHashMap<>();
        long reports = 0;
        Path both = null;
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, String> kind : KINDS.entrySet()) {
                Path index = work.resolve("index-passes-" + kind.getKey());
                log.printf("corpus passes: indexing with %s (round %d of %d)%n", kind.getValue(), round, rounds);
                JsonNode ix = new ChildJvm(List.of(BenchRun.INDEX_HEAP, BenchRun.INDEX_GC)).run(IndexPhase.class, IndexPhase.RESULT,
                        corpus.toString(), index.toString(), Integer.toString(threads), kind.getValue());
                double s = ix.get("seconds").asDouble();
                reports = ix.get("reports").asLong();
                double cpu = ix.get("cpu_seconds").asDouble();
                best.merge(kind.getKey(), s, Math::min);
                bestCpu.merge(kind.getKey(), cpu, Math::min);
                log.printf(Locale.ROOT, "corpus passes: %s %.1f s, %.1f CPU-s%n", kind.getKey(), s, cpu);
                if (kind.getKey().equals("both")) both = index;
            }
        }
        return new Result(best, bestCpu, reports, rounds, both);
    }

    private static String verdict(boolean ok) {
        return ok ? "ok" : "MISSED";
    }
}
