package gongkai.bench;

import gongkai.index.IndexRun;
import gongkai.index.IndexRunOptions;
import gongkai.search.SearchRequest;
import gongkai.report.FigureCatalog;
import gongkai.search.SearchService;
import gongkai.web.WebApp;
import gongkai.web.WebOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP latency of {@code /api/search} under concurrent load from a second process, beside the
 * in-process latency of the same queries through the search engine alone: the difference is
 * what the web layer (HTTP, JSON, the query clock) costs.
 *
 * <p>Usage: {@code HttpBench [--index DIR] [--concurrency N] [--seconds S]}. Without
 * {@code --index}, the bundled samples are indexed into a temporary folder first.
 */
public final class HttpBench {

    /** Term, phrase, field, range, sort and combined queries, as a journalist writes them. */
    static final List<String> QUERIES = List.of(
            "人口普查", "\"政府信息公开\"", "统计 执法", "year:2020", "province:浙江省",
            "penalty.decisions:>=5", "行政处罚:[1 TO 20]", "apply.new.total:>0 year:[2019 TO 2021]",
            "check:failed", "公开 NOT 诉讼", "(统计 OR 普查) 公开", "依申请公开");

    /** One measurement: in-process and over HTTP. */
    public record Result(int reports, int concurrency, long inProcessP50Us, long inProcessP99Us,
                         Map<String, String> http) {

        public String describe() {
            return String.format("reports=%d queries=%d%n", reports, QUERIES.size())
                    + String.format("in-process search:  p50 %.3f ms  p99 %.3f ms%n", inProcessP50Us / 1e3, inProcessP99Us / 1e3)
                    + String.format("HTTP, %d clients:    p50 %s ms  p99 %s ms  (%s req/s, %s requests, %s errors)%n",
                    concurrency, http.get("p50_ms"), http.get("p99_ms"), http.get("rps"), http.get("requests"), http.get("errors"));
        }
    }

    private HttpBench() {
    }

    public static void main(String[] args) throws Exception {
        Path index = null;
        int concurrency = 8;
        int seconds = 15;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--index" -> index = Path.of(args[++i]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (index == null) {
            index = Files.createTempDirectory("gongkai-httpbench");
            List<Path> samples = List.of(Path.of("samples/seeds"), Path.of("samples/real"));
            new IndexRun(IndexRunOptions.of(samples, index), new PrintStream(PrintStream.nullOutputStream())).run();
        }
        out.print(run(index, concurrency, Duration.ofSeconds(seconds)).describe());
    }

    /** Measures the index in {@code indexDir}; reusable by {@code gongkai bench}. */
    public static Result run(Path indexDir, int concurrency, Duration duration) throws Exception {
        try (SearchService search = SearchService.open(indexDir, FigureCatalog.standard())) {
            long[] inProcess = inProcess(search);
            WebApp app = WebApp.create(search, WebOptions.defaults(WebOptions.defaultWebDir()).withPort(0)).start();
            try {
                Map<String, String> http = loadFromSecondProcess("http://localhost:" + app.port(), concurrency, duration);
                return new Result((int) search.size(), concurrency, inProcess[0], inProcess[1], http);
            } finally {
                app.close();
            }
        }
    }

    /** p50 and p99 in microseconds of the queries run one at a time in this process, after a warm-up. */
    static long[] inProcess(SearchService search) throws IOException {
        for (int i = 0; i < 20; i++) for (String q : QUERIES) search.search(SearchRequest.of(q));
        List<Long> lat = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            for (String q : QUERIES) {
                long t0 = System.nanoTime();
                search.search(SearchRequest.of(q));
                lat.add((System.nanoTime() - t0) / 1_000);
            }
        }
        lat.sort(null);
        return new long[]{Percentiles.of(lat, 50), Percentiles.of(lat, 99)};
    }

    /** Runs {@link HttpLoad} in a second JVM with this one's class path and reads its result line. */
    static Map<String, String> loadFromSecondProcess(String base, int concurrency, Duration duration) throws Exception {
        Path queries = Files.createTempFile("gongkai-queries", ".txt");
        try {
            Files.write(queries, QUERIES, StandardCharsets.UTF_8);
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    HttpLoad.class.getName(), base, String.valueOf(concurrency), String.valueOf(duration.toSeconds()),
                    queries.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) throw new IOException("load generator failed: " + output);
            Map<String, String> result = new TreeMap<>();
            for (String kv : output.lines().reduce((a, b) -> b).orElse("").split(" ")) {
                int eq = kv.indexOf('=');
                if (eq > 0) result.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
            return result;
        } finally {
            Files.deleteIfExists(queries);
        }
    }
}
