package gongkai.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.report.FigureCatalog;
import gongkai.search.SearchLimits;
import gongkai.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web layer and the page take their limits from the engine's {@link SearchLimits}. */
class LimitsApiTest {

    @TempDir
    Path dir;

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static HttpResponse<String> get(WebApp app, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void fieldsServeTheEnginesLimitsToThePage() throws Exception {
        SampleReports.index(SampleReports.load(), dir);
        SearchLimits limits = new SearchLimits(200, 64, 20, 50, 500, 30, 10, Duration.ofSeconds(3));
        try (SearchService search = SearchService.open(dir, FigureCatalog.standard(), limits);
             WebApp app = WebApp.create(search, new WebOptions(0, Path.of("web"))).start()) {
            JsonNode l = new ObjectMapper().readTree(get(app, "/api/fields").body()).path("limits");
            assertEquals(200, l.path("maxQueryLength").asInt());
            assertEquals(50, l.path("maxSize").asInt());
            assertEquals(500, l.path("maxDepth").asInt());
            assertEquals(3000, l.path("timeoutMs").asLong());
            assertEquals(400, get(app, "/api/search?size=51").statusCode());
            assertEquals(400, get(app, "/api/search?page=11&size=50").statusCode());
            assertEquals(200, get(app, "/api/search?page=10&size=50").statusCode());
            assertEquals(400, get(app, "/api/search?q=" + "%E7%BB%9F".repeat(201)).statusCode());
        }
    }

    @Test
    void aSearchPastItsTimeIsA503ThatSaysSo() throws Exception {
        SampleReports.index(SampleReports.load(), dir);
        SearchLimits instant = SearchLimits.DEFAULTS.withTimeout(Duration.ofNanos(1));
        try (SearchService search = SearchService.open(dir, FigureCatalog.standard(), instant);
             WebApp app = WebApp.create(search, new WebOptions(0, Path.of("web"))).start()) {
            HttpResponse<String> r = get(app, "/api/search?q=");
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("timed out"), r.body());
        }
    }
}
