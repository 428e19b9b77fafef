package gongkai.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.report.ReportJson;
import gongkai.search.SearchRequest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP client of the benchmark, run as a process of its own so that its work does not
 * share the server's JVM: {@code HttpLatency BASE_URL ROUNDS [KIND PATH]...}. It asks
 * {@code /api/search} the standard queries of {@link QueryLatency} or, where kinds and paths
 * are given, those paths (e.g. {@code history /api/agencies/…}), one request at a time over one kept-alive
 * connection, and prints one JSON line: query kind → p50, p99, max in milliseconds, measured
 * from sending the request to having read the whole body.
 */
public final class HttpLatency {

    static final String RESULT = "gongkai-http-latency ";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rounds = Integer.parseInt(args[1]);
        Map<String, List<URI>> uris = new LinkedHashMap<>();
        if (args.length > 2) {
            for (int i = 2; i + 1 < args.length; i += 2) {
                uris.computeIfAbsent(args[i], k -> new ArrayList<>()).add(URI.create(base + args[i + 1]));
            }
        } else {
            QueryLatency.standardQueries().forEach((kind, requests) ->
                    uris.put(kind, requests.stream().map(r -> URI.create(base + "/api/search?" + params(r))).toList()));
        }
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build()) {
            ObjectMapper mapper = ReportJson.newMapper();
            ObjectNode out = mapper.createObjectNode();
            for (QueryLatency.Result r : LatencySampler.sample(uris, rounds, u -> get(client, u))) {
                ObjectNode k = out.putObject(r.kind());
                k.put("p50", r.p50());
                k.put("p99", r.p99());
                k.put("max", r.max());
                k.put("runs", r.runs());
            }
            System.out.println(RESULT + mapper.writeValueAsString(out));
        }
    }

    /** The request as the page would send it. */
    static String params(SearchRequest r) {
        List<String> p = new ArrayList<>();
        p.add("q=" + enc(r.query()));
        p.add("page=" + r.page());
        p.add("size=" + r.size());
        p.add("sort=" + enc(r.sort()));
        if (!r.stats().isEmpty()) p.add("stats=" + enc(String.join(",", r.stats())));
        return String.join("&", p);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void get(HttpClient client, URI uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
    }
}
