package gongkai.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.report.ReportJson;
import gongkai.search.SearchRequest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
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
 * from sending the request to having read the whole body. With the standard queries, kind
 * {@link #FEED} is {@code /api/feed.atom} for the term, phrase, range and facet queries, and
 * {@link #FEED_SEARCH} {@code /api/search} for the same queries: the feed's cost beside a search's.
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
            // The feed of each query beside the search the page sends for it, timed in the same run.
            List<String> feedQueries = feedQueries();
            uris.put(FEED_SEARCH, feedQueries.stream().map(q -> URI.create(base + "/api/search?" + params(SearchRequest.of(q)))).toList());
            uris.put(FEED, feedQueries.stream().map(q -> URI.create(base + "/api/feed.atom?q=" + enc(q))).toList());
        }
        ObjectMapper mapper = ReportJson.newMapper();
        ObjectNode out = mapper.createObjectNode();
        for (QueryLatency.Result r : LatencySampler.sample(uris, rounds, HttpLatency::get)) {
            ObjectNode k = out.putObject(r.kind());
            k.put("p50", r.p50());
            k.put("p99", r.p99());
            k.put("max", r.max());
            k.put("runs", r.runs());
        }
        System.out.println(RESULT + mapper.writeValueAsString(out));
    }

    /** The kind of the feed requests, and of the searches of the same queries timed beside them. */
    static final String FEED = "feed";
    static final String FEED_SEARCH = "feed_search";

    /**
     * The queries a journalist subscribes to: the standard term, phrase, range and facet
     * queries (a feed has its own order, newest first, so the sorted and statistics kinds
     * would ask the same thing again).
     */
    static List<String> feedQueries() {
        List<String> out = new ArrayList<>();
        QueryLatency.standardQueries().forEach((kind, requests) -> {
            if (List.of("term", "phrase", "range", "facet").contains(kind)) requests.forEach(r -> out.add(r.query()));
        });
        return out;
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

    /**
     * One request, read to its last byte, over a kept-alive connection. Blocking I/O on the
     * calling thread, as curl or a browser's network thread does it: the JDK's
     * {@code HttpClient} reads the answer on a selector thread of its own and wakes the caller,
     * and that hand-off alone was 1 to 3 ms of every request on a loaded machine (p50 2.8-3.3 ms
     * against 1.8-2.0 ms for this client, asking the same server for a missing report),
     * measured as the server's overhead though the server had no part in it.
     */
    private static void get(URI uri) throws IOException {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        c.setConnectTimeout(10_000);
        c.setReadTimeout(30_000);
        int status = c.getResponseCode();
        if (status != 200) {
            InputStream err = c.getErrorStream();
            String body = err == null ? "" : new String(err.readAllBytes(), StandardCharsets.UTF_8);
            throw new IOException(uri + " answered " + status + ": " + body);
        }
        try (InputStream in = c.getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
