package gongkai.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.index.IndexRun;
import gongkai.index.IndexRunOptions;
import gongkai.index.IndexSummary;
import gongkai.index.ReportReader;
import gongkai.opensearch.ClusterClient;
import gongkai.opensearch.OpenSearchEngine;
import gongkai.opensearch.OpenSearchSink;
import gongkai.report.FigureCatalog;
import gongkai.search.SearchRequest;
import gongkai.web.WebApp;
import gongkai.web.WebOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenSearch engine beside the embedded one, in the same run and on the same corpus:
 * indexing the corpus into the cluster, the same queries over HTTP from a second JVM, and
 * the same queries sent to the cluster directly, as Query DSL, so that what Gongkai adds to
 * the cluster's own time shows.
 */
final class EngineComparison {

    /** Indexing and latencies on the cluster; {@code direct} is the DSL sent straight to the cluster, in-process. */
    record Result(long reports, double indexSeconds, Map<String, BenchResult.Latency> http,
                  Map<String, BenchResult.Latency> engine, Map<String, BenchResult.Latency> direct) {

        /** The side-by-side table, with the embedded engine's figures of the same run. */
        String table(double embeddedIndexSeconds, Map<String, BenchResult.Latency> embeddedHttp) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "OpenSearch beside the embedded engine, %,d reports%n", reports));
            out.append(String.format(Locale.ROOT, "  indexing                   embedded %.1f s   opensearch %.1f s   embedded/opensearch %.2f%n",
                    embeddedIndexSeconds, indexSeconds, embeddedIndexSeconds / indexSeconds));
            out.append("  query p50 (ms)   HTTP embedded  HTTP opensearch  ratio   engine  direct  engine adds\n");
            http.forEach((kind, os) -> {
                BenchResult.Latency em = embeddedHttp.get(kind);
                BenchResult.Latency en = engine.get(kind), di = direct.get(kind);
                out.append(String.format(Locale.ROOT, "  %-14s %12.2f %16.2f %7.2f %8.2f %7.2f %+10.2f%n", kind,
                        em == null ? Double.NaN : em.p50(), os.p50(), em == null ? Double.NaN : em.p50() / os.p50(),
                        en.p50(), di.p50(), en.p50() - di.p50()));
            });
            return out.toString();
        }
    }

    private final List<String> urls;
    private final String indexName;
    private final int threads;
    private final int rounds;
    private final PrintStream log;

    EngineComparison(List<String> urls, String indexName, int threads, int rounds, PrintStream log) {
        this.urls = urls;
        this.indexName = indexName;
        this.threads = threads;
        this.rounds = rounds;
        this.log = log;
    }

    Result run(Path corpus) throws Exception {
        try (ClusterClient c = new ClusterClient(urls)) {
            if (c.status("HEAD", "/" + indexName) == 200) c.send("DELETE", "/" + indexName, null); // a fresh index each run
        }
        log.printf("opensearch: indexing %s into %s at %s%n", corpus, indexName, String.join(",", urls));
        IndexRunOptions options = new IndexRunOptions(List.of(corpus), Path.of("unused"), threads, false,
                IndexRunOptions.DEFAULT_COMMIT_EVERY, IndexRunOptions.DEFAULT_COMMIT_AFTER);
        long t0 = System.nanoTime();
        IndexSummary summary = new IndexRun(options, ReportReader::standard, new PrintStream(PrintStream.nullOutputStream()),
                warnings -> OpenSearchSink.open(urls, indexName, 1, 0, warnings)).run();
        double seconds = (System.nanoTime() - t0) / 1e9;

        Map<String, BenchResult.Latency> http = new LinkedHashMap<>();
        Map<String, BenchResult.Latency> engine = new LinkedHashMap<>();
        Map<String, BenchResult.Latency> direct = new LinkedHashMap<>();
        try (OpenSearchEngine os = OpenSearchEngine.connect(urls, indexName, FigureCatalog.standard());
             ClusterClient raw = new ClusterClient(urls);
             WebApp app = WebApp.create(os, new WebOptions(0, WebOptions.defaultWebDir())).start()) {
            for (int pass = 1; pass <= 2; pass++) {
                log.printf("opensearch: queries in-process, directly and over HTTP (pass %d of 2)%n", pass);
                keepFaster(engine, latencies(LatencySampler.sample(QueryLatency.standardQueries(), rounds, os::search)));
                keepFaster(direct, latencies(LatencySampler.sample(QueryLatency.standardQueries(), rounds,
                        r -> raw.send("POST", "/" + os.index() + "/_search", body(os, r)))));
                keepFaster(http, BenchRun.overHttp(app.port(), rounds));
            }
        }
        return new Result(summary.docs(), seconds, http, engine, direct);
    }

    private static ObjectNode body(OpenSearchEngine os, SearchRequest r) throws IOException {
        return os.requestBody(r);
    }

    private static Map<String, BenchResult.Latency> latencies(List<QueryLatency.Result> results) {
        Map<String, BenchResult.Latency> out = new LinkedHashMap<>();
        for (QueryLatency.Result r : results) out.put(r.kind(), new BenchResult.Latency(r.p50(), r.p99(), r.max(), r.runs()));
        return out;
    }

    private static void keepFaster(Map<String, BenchResult.Latency> best, Map<String, BenchResult.Latency> run) {
        run.forEach((kind, l) -> best.merge(kind, l, (a, b) -> b.p50() < a.p50() ? b : a));
    }
}
