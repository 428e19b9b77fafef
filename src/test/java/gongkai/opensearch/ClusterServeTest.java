package gongkai.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.report.Report;
import gongkai.search.EngineUnavailableException;
import gongkai.search.TestIndex;
import gongkai.web.WebApp;
import gongkai.web.WebOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web app served from the cluster, on 20,000 small reports: the CSV export has every
 * match (no 10,000-hit cap), the API answers as on the embedded index, and a cluster that
 * cannot be used is a one-line error.
 */
class ClusterServeTest {

    static final int REPORTS = 20_000;
    static String index;
    static OpenSearchEngine engine;
    static WebApp app;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper json = new ObjectMapper();

    /** Report i: year 2015 + i % 10, i % 7 applications, in one of two provinces. */
    static List<Report> many() {
        List<Report> out = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            out.add(TestIndex.report(String.format("%016x", i), "测试县统计局" + (i % 300), 2015 + i % 10,
                    i % 2 == 0 ? "浙江省" : "福建省", "县级", null, TestIndex.figures("apply.new.total", i % 7),
                    List.of(), "第" + i + "号报告。政府信息公开工作年度报告，全年共收到申请" + (i % 7) + "件。"));
        }
        return out;
    }

    @BeforeAll
    static void start() throws Exception {
        TestCluster.require();
        index = TestCluster.freshIndex("serve");
        TestCluster.write(index, many(), 2, 0);
        engine = OpenSearchEngine.connect(TestCluster.urls(), index, TestIndex.CATALOG);
        app = WebApp.create(engine, new WebOptions(0, Path.of("web"))).start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) app.close();
        if (engine != null) engine.close();
        if (index != null) TestCluster.delete(index);
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theCsvExportHasEveryMatchPastTenThousand() throws Exception {
        HttpResponse<String> r = get("/api/export.csv?q=&sort=-year");
        assertEquals(200, r.statusCode());
        long rows = r.body().lines().count() - 1;
        assertEquals(REPORTS, rows);
    }

    @Test
    void theCsvExportOfAFilterHasExactlyItsMatches() throws Exception {
        // i % 7 == 3 and i % 10 == 0 (year 2015): i ≡ 10 mod 70, 20,000 / 70 rounded up where i < 20,000
        HttpResponse<String> r = get("/api/export.csv?q=" + q("apply.new.total:3 year:2015"));
        long expected = 0;
        for (int i = 0; i < REPORTS; i++) if (i % 7 == 3 && i % 10 == 0) expected++;
        assertEquals(expected, r.body().lines().count() - 1);
    }

    @Test
    void searchCountsEveryMatchExactly() throws Exception {
        JsonNode r = json.readTree(get("/api/search?q=" + q("\"政府信息公开\"") + "&stats=apply.new.total").body());
        assertEquals(REPORTS, r.path("total").asLong());
        long sum = 0;
        for (int i = 0; i < REPORTS; i++) sum += i % 7;
        assertEquals(sum, r.path("stats").path("apply.new.total").path("sum").asLong());
        assertEquals(2000, r.path("facets").path("year").path(0).path("count").asLong());
    }

    @Test
    void hitsAreHighlightedWithMarkOnly() throws Exception {
        JsonNode r = json.readTree(get("/api/search?q=" + q("\"年度报告\"") + "&size=3").body());
        String h = r.path("hits").path(0).path("highlights").path(0).asText();
        assertTrue(h.contains("<mark>年度报告</mark>"), h);
        assertFalse(h.replace("<mark>", "").replace("</mark>", "").contains("<"), h);
    }

    @Test
    void theReportViewAndChartAnswer() throws Exception {
        assertEquals(200, get("/api/reports/" + String.format("%016x", 42)).statusCode());
        assertEquals(404, get("/api/reports/ffffffffffffffff").statusCode());
        JsonNode chart = json.readTree(get("/api/chart?q=&figure=apply.new.total&by=year").body());
        assertTrue(chart.toString().contains("2024"), chart.toString());
    }

    @Test
    void aBadQueryIsA400WithThePosition() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + q("year:abc"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("year"), r.body());
    }

    @Test
    void anUnreachableClusterIsAOneLineError() {
        EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
                () -> OpenSearchEngine.connect(List.of("http://127.0.0.1:9"), "gongkai", TestIndex.CATALOG));
        assertTrue(e.getMessage().startsWith("cannot reach OpenSearch at http://127.0.0.1:9"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void anIndexThatGongkaiDidNotCreateIsRefused() throws IOException {
        String other = TestCluster.freshIndex("other");
        try (ClusterClient c = new ClusterClient(TestCluster.urls())) {
            c.send("PUT", "/" + other, Map.of());
            IOException e = assertThrows(IOException.class, () -> OpenSearchEngine.connect(TestCluster.urls(), other, TestIndex.CATALOG));
            assertTrue(e.getMessage().contains("was not created by Gongkai"), e.getMessage());
        } finally {
            TestCluster.delete(other);
        }
    }

    @Test
    void aMissingIndexSaysHowToMakeIt() {
        IOException e = assertThrows(IOException.class,
                () -> OpenSearchEngine.connect(TestCluster.urls(), "no-such-index-here", TestIndex.CATALOG));
        assertTrue(e.getMessage().contains("gongkai index --engine opensearch"), e.getMessage());
    }
}
