package gongkai.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad parameters of every kind: each answer is a 4xx with a JSON message, never a 500. */
class ApiFuzzTest {

    @RegisterExtension
    static final TestServer server = TestServer.samples();

    static List<String> badRequests() {
        List<String> paths = new ArrayList<>();
        String hundredKb = "%E4%BA%BA".repeat(100 * 1024 / 9 + 1);   // 人 percent-encoded, about 100 KB of URL
        for (String endpoint : List.of("/api/search", "/api/export.csv", "/api/export.xlsx", "/api/chart?figure=penalty.decisions&")) {
            String sep = endpoint.endsWith("&") ? "" : "?";
            for (String query : List.of(
                    "q=%C3%28", "q=%FF", "q=%E4%BA", "q=%", "q=%zz", "q=" + hundredKb, "q=" + "a".repeat(1001),
                    "q=%22%E4%BA%BA", "q=%E4%BA%BA%22%22%22", "q=(%E4%BA%BA", "q=%E4%BA%BA)", "q=year:[2019%20TO",
                    "q=penalty.decisions:[1%20TO%202", "q=penalty.decisions:%3E%3Dabc", "q=nosuchfield.x:%3E1",
                    "q=%00", "sort=nosuchfigure", "sort=-", "sort=--year", "sort=%FF", "q=a&q=b")) {
                if (query.startsWith("sort=") && endpoint.startsWith("/api/chart")) continue;  // a chart has no order
                paths.add(endpoint + sep + query);
            }
        }
        for (String p : List.of("page=abc", "page=-1", "page=0", "page=1.5", "page=99999999999999999999", "page=1001",
                "size=abc", "size=0", "size=101", "size=100000", "page=1000&size=100", "page=200&size=100",
                "stats=nosuchfigure", "stats=%FF", "stats=" + "penalty.decisions,".repeat(20).replace("penalty.decisions,", "apply.new.total,review.total,"),
                "page=1e3", "size=%2B5", "size=0x10")) {
            paths.add("/api/search?" + p);
        }
        paths.addAll(List.of(
                "/api/reports/abc", "/api/reports/%3Cscript%3E", "/api/reports/..%2F..%2Fetc%2Fpasswd",
                "/api/reports/FFFFFFFFFFFFFFFF", "/api/reports/ffffffffffffffff", "/api/reports/%FF%FF",
                "/api/reports/" + "a".repeat(5000),
                "/api/chart", "/api/chart?figure=nosuch", "/api/chart?figure=penalty.decisions&by=agency",
                "/api/chart?figure=%FF", "/api/export.csv?labels=en", "/api/export.xlsx?labels=ZH", "/api/export.xlsx?labels=zh&labels=keys",
                "/api/nosuch", "/api/search/extra", "/nosuch.html", "/../../etc/passwd",
                "/%2e%2e/%2e%2e/etc/passwd", "/api/search?" + "x=1&".repeat(3000)));
        return paths;
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void everyBadRequestIsA4xxWithAJsonMessage(String path) throws Exception {
        TestServer.Raw r = server.rawGet(path);
        String shown = path.length() > 120 ? path.substring(0, 120) + "…" : path;
        String text = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(r.status() >= 400 && r.status() < 500, shown + " → " + r.status() + " " + text);
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertFalse(body.path("error").asText().isBlank(), shown + " → " + text);
        assertFalse(text.contains("at gongkai.") || text.contains("Exception"), "no stack trace: " + text);
    }
}
