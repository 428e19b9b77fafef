package gongkai.bench;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.report.FigureCatalog;
import gongkai.search.SearchService;
import gongkai.web.WebApp;
import gongkai.web.WebOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole benchmark, stage by stage on one synthetic corpus: generate (or reuse) the
 * corpus, extract and score it, measure smartcn alone, index it in a second JVM capped at
 * {@link #INDEX_HEAP}, then time searches in-process and over HTTP from a third JVM.
 * The index stays in the work folder afterwards, so it can be served and queried by hand.
 */
public final class BenchRun {

    /** The heap the indexing JVM gets: the bar says indexing must fit in 1 GB. */
    static final String INDEX_HEAP = "-Xmx1g";
    /** The collector the launcher gives {@code gongkai index}: the throughput collector. */
    static final String INDEX_GC = "-XX:+UseParallelGC";
    /** The HTTP client needs little; a small heap keeps it from crowding the server. */
    static final String CLIENT_HEAP = "-Xmx256m";

    /**
     * @param count   reports in the corpus
     * @param seed    the generator's seed
     * @param work    folder for the corpus and the index
     * @param threads worker threads for extraction, analysis and indexing
     * @param rounds  how many times each query runs, in-process and over HTTP
     * @param sample  how many report texts the analysis baseline runs over
     * @param prose   the corpus's prose style
     */
    public record Options(long count, long seed, Path work, int threads, int rounds, int sample, gongkai.synth.ReportSynth.Prose prose) {
    }

    private final Options options;
    private final PrintStream log;

    public BenchRun(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public BenchResult run() throws Exception {
        SynthCorpus corpus = SynthCorpus.ensure(options.work(), options.count(), options.seed(), options.prose(), log);

        log.printf("extraction: %,d reports on %d threads, scored against the ground truth%n", corpus.count(), options.threads());
        ExtractionBench.Outcome extraction = new ExtractionBench(corpus.files(), options.threads(), options.sample()).run();
        log.printf(Locale.ROOT, "extraction: %.1f reports/s, %d wrong, %d missing%n", extraction.result().reportsPerSecond(),
                extraction.result().wrong(), extraction.result().missing());

        AnalysisBaseline baseline = new AnalysisBaseline(extraction.sample());
        log.printf("analysis: smartcn alone over %,d texts (%,d chars), 1 and %d threads%n",
                extraction.sample().size(), baseline.chars(), options.threads());
        AnalysisBaseline.Rate a1 = baseline.measure(1);
        AnalysisBaseline.Rate a2before = baseline.measure(options.threads());

        Path index = options.work().resolve("index-" + options.count() + "-" + options.seed() + "-" + options.prose().name().toLowerCase(Locale.ROOT));
        log.printf("indexing: %,d reports into %s in a second JVM (%s)%n", corpus.count(), index, INDEX_HEAP);
        JsonNode ix = new ChildJvm(List.of(INDEX_HEAP, INDEX_GC)).run(IndexPhase.class, IndexPhase.RESULT,
                corpus.dir().toString(), index.toString(), Integer.toString(options.threads()));
        BenchResult.IndexStats indexStats = new BenchResult.IndexStats(ix.get("reports").asLong(), ix.get("failed").asLong(),
                ix.get("chars").asLong(), ix.get("bytes").asLong(), ix.get("seconds").asDouble(),
                ix.get("cpu_seconds").asDouble(), ix.get("steady_chars").asLong(), ix.get("steady_seconds").asDouble(),
                ix.get("steady_cpu_seconds").asDouble(), ix.get("peak_heap_mb").asDouble(), ix.get("peak_heap_used_mb").asDouble(), ix.get("max_heap_mb").asDouble(),
                sizeOf(index));
        log.println("analysis: again after indexing");
        AnalysisBaseline.Rate a2after = baseline.measure(options.threads());
        int analysisTexts = extraction.sample().size();

        Map<String, BenchResult.Latency> query = new LinkedHashMap<>();
        Map<String, BenchResult.Latency> http = new LinkedHashMap<>();
        try (SearchService service = SearchService.open(index, FigureCatalog.standard());
             WebApp app = WebApp.create(service, new WebOptions(0, WebOptions.defaultWebDir())).start()) {
            // Each twice, alternating, and the faster run of each kind counts: the first run
            // pays for warming the JIT and the caches, and the machine's load comes and goes.
            for (int round = 1; round <= 2; round++) {
                log.printf("queries: in-process, %d rounds of each (pass %d of 2)%n", options.rounds(), round);
                keepFaster(query, inProcess(service, options.rounds()));
                log.printf("queries: over HTTP from a second JVM to port %d (pass %d of 2)%n", app.port(), round);
                keepFaster(http, overHttp(app.port()));
            }
        }
        return new BenchResult(corpus.count(), options.seed(), options.threads(), a1, a2before, a2after, analysisTexts,
                extraction.result(), indexStats, query, http);
    }

    static void keepFaster(Map<String, BenchResult.Latency> best, Map<String, BenchResult.Latency> run) {
        run.forEach((kind, l) -> best.merge(kind, l, (a, b) -> b.p50() < a.p50() ? b : a));
    }

    /**
     * The OpenSearch engine on the same corpus as {@code embedded}, indexed and queried in the
     * same way: the side-by-side table to print.
     */
    public String beside(BenchResult embedded, List<String> urls, String indexName) throws Exception {
        SynthCorpus corpus = SynthCorpus.ensure(options.work(), options.count(), options.seed(), options.prose(), log);
        EngineComparison.Result r = new EngineComparison(urls, indexName, options.threads(), options.rounds(), log).run(corpus.dir());
        return r.table(embedded.index().seconds(), embedded.httpMs());
    }

    private Map<String, BenchResult.Latency> overHttp(int port) throws IOException, InterruptedException {
        return overHttp(port, options.rounds());
    }

    /** The standard queries' latency over HTTP from a second JVM to a server on {@code port}. */
    static Map<String, BenchResult.Latency> overHttp(int port, int rounds) throws IOException, InterruptedException {
        return overHttp(port, rounds, Map.of());
    }

    /** The latency of these paths by kind (the standard queries when there are none) over HTTP from a second JVM. */
    static Map<String, BenchResult.Latency> overHttp(int port, int rounds, Map<String, List<String>> paths)
            throws IOException, InterruptedException {
        List<String> args = new java.util.ArrayList<>(List.of("http://127.0.0.1:" + port, Integer.toString(rounds)));
        paths.forEach((kind, list) -> list.forEach(p -> {
            args.add(kind);
            args.add(p);
        }));
        JsonNode h = new ChildJvm(List.of(CLIENT_HEAP)).run(HttpLatency.class, HttpLatency.RESULT, args.toArray(String[]::new));
        Map<String, BenchResult.Latency> out = new LinkedHashMap<>();
        h.properties().forEach(e -> out.put(e.getKey(), new BenchResult.Latency(e.getValue().get("p50").asDouble(),
                e.getValue().get("p99").asDouble(), e.getValue().get("max").asDouble(), e.getValue().get("runs").asInt())));
        return out;
    }

    /** The standard queries' latency through the search engine alone, in this JVM. */
    static Map<String, BenchResult.Latency> inProcess(SearchService service, int rounds) throws IOException {
        Map<String, BenchResult.Latency> out = new LinkedHashMap<>();
        for (QueryLatency.Result r : new QueryLatency(service, rounds).measure(QueryLatency.standardQueries())) {
            out.put(r.kind(), new BenchResult.Latency(r.p50(), r.p99(), r.max(), r.runs()));
        }
        return out;
    }

    static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
