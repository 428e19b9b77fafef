package gongkai.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The load generator {@link HttpBench} starts in a second JVM, so that the client's work does
 * not share a process (or a JIT, or a heap) with the server it measures. Each worker sends
 * {@code GET /api/search?q=…} in a closed loop, cycling through the queries, and records every
 * latency; the result is printed as one line of {@code key=value} pairs.
 *
 * <p>Usage: {@code HttpLoad BASE_URL CONCURRENCY SECONDS QUERIES_FILE}
 */
public final class HttpLoad {

    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int concurrency = Integer.parseInt(args[1]);
        Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
        List<String> queries = Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8).stream()
                .filter(q -> !q.isBlank()).toList();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<URI> uris = queries.stream()
                .map(q -> URI.create(base + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).toList();

        // Warm-up: a few rounds so that the server's JIT has seen every query.
        for (int i = 0; i < 3; i++) for (URI u : uris) client.send(HttpRequest.newBuilder(u).build(), HttpResponse.BodyHandlers.discarding());

        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<long[]>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            int offset = w;
            workers.add(pool.submit(() -> {
                long[] lat = new long[1 << 16];
                int n = 0, errors = 0;
                for (int i = offset; System.nanoTime() < end; i++) {
                    URI u = uris.get(i % uris.size());
                    long t0 = System.nanoTime();
                    HttpResponse<Void> r = client.send(HttpRequest.newBuilder(u).build(), HttpResponse.BodyHandlers.discarding());
                    long t = System.nanoTime() - t0;
                    if (r.statusCode() != 200) errors++;
                    if (n == lat.length) lat = java.util.Arrays.copyOf(lat, n * 2);
                    lat[n++] = t;
                }
                long[] out = java.util.Arrays.copyOf(lat, n + 1);
                out[n] = errors;  // last slot: error count
                return out;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> f : workers) {
            long[] r = f.get();
            for (int i = 0; i < r.length - 1; i++) all.add(r[i]);
            errors += r[r.length - 1];
        }
        pool.shutdown();
        all.sort(null);
        double seconds = duration.toNanos() / 1e9;
        System.out.printf("requests=%d errors=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f%n",
                all.size(), errors, all.size() / seconds,
                Percentiles.of(all, 50) / 1e6, Percentiles.of(all, 99) / 1e6, all.isEmpty() ? 0 : all.get(all.size() - 1) / 1e6);
    }
}
