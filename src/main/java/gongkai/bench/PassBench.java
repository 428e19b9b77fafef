package gongkai.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.report.FigureCatalog;
import gongkai.search.SearchService;
import gongkai.synth.ReportSynth;
import gongkai.web.WebApp;
import gongkai.web.WebOptions;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code gongkai bench --passes}: what the corpus passes cost and what they serve, on the
 * synthetic corpus of agencies publishing six years each. First {@link PassCost} (indexing with
 * and without the passes, in the same run), then on the index with both passes the latency of
 * an agency's history and of a diff ({@link HistoryLatency}), in-process and over HTTP from a
 * second JVM.
 */
public final class PassBench {

    /** Reports of each year in the latency sample. */
    static final int PER_YEAR = 4;

    /** The figures of one run, as printed and as JSON. */
    public record Outcome(String table, ObjectNode json) {
    }

    private final BenchRun.Options options;
    private final int passRounds;
    private final PrintStream log;

    /** @param passRounds how many times each kind of indexing run is repeated */
    public PassBench(BenchRun.Options options, int passRounds, PrintStream log) {
        this.options = options;
        this.passRounds = passRounds;
        this.log = log;
    }

    public Outcome run() throws Exception {
        SynthCorpus corpus = SynthCorpus.ensure(options.work(), options.count(), options.seed(), options.prose(), log);
        Path work = options.work().resolve("passes-" + options.count() + "-" + options.seed() + "-"
                + options.prose().name().toLowerCase(Locale.ROOT));
        PassCost.Result cost = new PassCost(corpus.dir(), work, options.threads(), passRounds, log).measure();

        FigureCatalog catalog = FigureCatalog.standard();
        Map<String, BenchResult.Latency> inProcess = new LinkedHashMap<>();
        Map<String, BenchResult.Latency> http;
        HistoryLatency.Sample sample;
        try (SearchService service = SearchService.open(cost.both(), catalog);
             WebApp app = WebApp.create(service, new WebOptions(0, WebOptions.defaultWebDir())).start()) {
            sample = HistoryLatency.sample(service, catalog, ReportSynth.FIRST_YEAR, ReportSynth.LAST_YEAR, PER_YEAR);
            log.printf("history and diff: %d agencies, %d reports, %d rounds in-process%n",
                    sample.agencies().size(), sample.reports().size(), options.rounds());
            for (QueryLatency.Result r : new HistoryLatency(service, catalog, options.rounds()).measure(sample)) {
                inProcess.put(r.kind(), new BenchResult.Latency(r.p50(), r.p99(), r.max(), r.runs()));
            }
            log.printf("history and diff: over HTTP from a second JVM to port %d%n", app.port());
            http = BenchRun.overHttp(app.port(), options.rounds(), sample.paths());
        }
        return new Outcome(table(cost, inProcess, http, sample), json(cost, inProcess, http));
    }

    private String table(PassCost.Result cost, Map<String, BenchResult.Latency> inProcess,
                         Map<String, BenchResult.Latency> http, HistoryLatency.Sample sample) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Gongkai corpus passes: %,d synthetic reports (seed %d), %d threads on %d cores%n",
                options.count(), options.seed(), options.threads(), Runtime.getRuntime().availableProcessors()));
        b.append(cost.lines());
        b.append(String.format(Locale.ROOT, "history and diff (ms, %d agencies, %d reports)  in-process p50     p99   HTTP p50     p99%n",
                sample.agencies().size(), sample.reports().size()));
        for (Map.Entry<String, BenchResult.Latency> e : inProcess.entrySet()) {
            BenchResult.Latency q = e.getValue();
            BenchResult.Latency h = http.get(e.getKey());
            b.append(String.format(Locale.ROOT, "  %-44s %8.2f %7.2f   %8.2f %7.2f   bar < %.0f ms  %s%n", e.getKey(), q.p50(), q.p99(),
                    h.p50(), h.p99(), HistoryLatency.BAR_MS, Math.max(q.p99(), h.p99()) < HistoryLatency.BAR_MS ? "ok" : "MISSED"));
        }
        return b.toString();
    }

    private ObjectNode json(PassCost.Result cost, Map<String, BenchResult.Latency> inProcess, Map<String, BenchResult.Latency> http) {
        ObjectMapper mapper = gongkai.report.ReportJson.newMapper();
        ObjectNode o = mapper.createObjectNode();
        o.put("reports", options.count());
        o.put("seed", options.seed());
        o.put("threads", options.threads());
        o.set("passes", cost.toJson(mapper));
        latencies(o.putObject("query_ms"), inProcess);
        latencies(o.putObject("http_ms"), http);
        return o;
    }

    private static void latencies(ObjectNode into, Map<String, BenchResult.Latency> ms) {
        ms.forEach((kind, l) -> {
            ObjectNode k = into.putObject(kind);
            k.put("p50", l.p50());
            k.put("p99", l.p99());
            k.put("max", l.max());
            k.put("runs", l.runs());
        });
    }
}
