package gongkai.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;
import gongkai.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.samples();
    static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(HttpResponse<byte[]> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchFindsEveryReportContainingAPhrase() throws Exception {
        // 人口普查 is in the 丽水 seed (第七次全国人口普查) and in the hostile report's text.
        HttpResponse<byte[]> r = server.get("/api/search?q=" + enc("人口普查"));
        assertEquals(200, r.statusCode());
        JsonNode body = json(r);
        List<String> ids = new ArrayList<>();
        body.path("hits").forEach(h -> ids.add(h.path("id").asText()));
        assertTrue(ids.contains(SampleReports.HOSTILE_ID), ids.toString());
        assertTrue(body.path("total").asLong() >= 2, body.toString());
    }

    @Test
    void searchHighlightsAreEscapedWithOnlyMarkTags() throws Exception {
        JsonNode body = json(server.get("/api/search?q=" + enc("人口普查")));
        for (JsonNode h : body.path("hits")) {
            for (JsonNode s : h.path("highlights")) {
                String bare = s.asText().replace("<mark>", "").replace("</mark>", "");
                assertFalse(bare.contains("<") || bare.contains(">"), s.asText());
            }
        }
    }

    @Test
    void searchPagesAreBoundedBySize() throws Exception {
        JsonNode body = json(server.get("/api/search?size=3&page=2"));
        assertEquals(3, body.path("hits").size());
        assertEquals(server.reports.size(), body.path("total").asLong());
    }

    @Test
    void reportReturnsTheWholeReport() throws Exception {
        Report hostile = SampleReports.hostile();
        HttpResponse<byte[]> r = server.get("/api/reports/" + SampleReports.HOSTILE_ID);
        assertEquals(200, r.statusCode());
        JsonNode body = json(r);
        assertEquals(hostile.agency(), body.path("agency").asText());
        assertEquals(7, body.path("figures").path("penalty.decisions").asInt());
        for (String field : List.of("sections", "missing", "checks", "warnings", "year", "region")) {
            assertTrue(body.has(field), field);
        }
    }

    @Test
    void reportGivesEachPartsTextFromTheStoredText() throws Exception {
        JsonNode hits = json(server.get("/api/search?q=" + enc("agency:丽水市统计局"))).path("hits");
        assertEquals(1, hits.size(), hits.toString());
        JsonNode sections = json(server.get("/api/reports/" + hits.get(0).path("id").asText())).path("sections");
        assertTrue(sections.path("overview").asText().startsWith("2020年，我局严格按照《中华人民共和国政府信息公开条例》"),
                sections.path("overview").asText());
        assertTrue(sections.path("proactive").asText().startsWith("第二十条第（一）项"), sections.path("proactive").asText());
        JsonNode hostile = json(server.get("/api/reports/" + SampleReports.HOSTILE_ID)).path("sections");
        assertEquals(SampleReports.hostile().sections().get("overview"), hostile.path("overview").asText());
    }

    @Test
    void unknownReportIsA404WithAMessage() throws Exception {
        HttpResponse<byte[]> r = server.get("/api/reports/ffffffffffffffff");
        assertEquals(404, r.statusCode());
        assertEquals(404, json(r).path("status").asInt());
        assertFalse(json(r).path("error").asText().isBlank());
    }

    @Test
    void malformedReportIdIsA400() throws Exception {
        assertEquals(400, server.get("/api/reports/not-an-id").statusCode());
    }

    @Test
    void csvStartsWithABomAndHasEveryFigureAsAColumn() throws Exception {
        HttpResponse<byte[]> r = server.get("/api/export.csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
        byte[] b = r.body();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(b[0], b[1], b[2]));
        String header = new String(b, StandardCharsets.UTF_8).substring(1).split("\r\n")[0];
        List<String> columns = Arrays.asList(header.split(","));
        for (FigureKey k : FigureCatalog.standard().all()) assertTrue(columns.contains(k.key()), k.key());
    }

    @Test
    void csvHasOneRowPerMatchNotOnePage() throws Exception {
        String csv = new String(server.get("/api/export.csv").body(), StandardCharsets.UTF_8);
        long rows = csv.lines().count() - 1;   // no cell of the samples holds a line break
        assertTrue(server.reports.size() > 10, "more reports than one page");
        assertEquals(server.reports.size(), rows);
    }

    @Test
    void csvQuotesCellsAndLeavesMissingFiguresEmpty() throws Exception {
        String csv = new String(server.get("/api/export.csv?q=" + enc("agency:测试局")).body(), StandardCharsets.UTF_8);
        String[] lines = csv.substring(1).split("\r\n");
        assertEquals(2, lines.length, csv);
        List<String> header = Arrays.asList(lines[0].split(","));
        List<String> row = Arrays.asList(lines[1].split(",", -1));
        assertEquals(header.size(), row.size());
        assertEquals("7", row.get(header.indexOf("penalty.decisions")));
        assertEquals("", row.get(header.indexOf("apply.new.total")));
        assertEquals("2020", row.get(header.indexOf("year")));
    }

    @Test
    void csvOfABadQueryIsA400() throws Exception {
        HttpResponse<byte[]> r = server.get("/api/export.csv?q=" + enc("\"人口"));
        assertEquals(400, r.statusCode());
        assertTrue(json(r).has("error"));
    }

    @Test
    void fieldsListsEveryFigureWithItsChineseLabel() throws Exception {
        JsonNode body = json(server.get("/api/fields"));
        List<FigureKey> all = FigureCatalog.standard().all();
        assertEquals(all.size(), body.path("fields").size());
        JsonNode penalty = null;
        for (JsonNode f : body.path("fields")) if (f.path("key").asText().equals("penalty.decisions")) penalty = f;
        assertEquals("行政处罚 · 处理决定数量", penalty.path("label").asText());
        assertEquals(2, penalty.path("table").asInt());
        assertTrue(penalty.path("aliases").toString().contains("行政处罚"));
    }

    @Test
    void fieldsLayTable4OutAsFifteenCells() throws Exception {
        JsonNode layout = json(server.get("/api/fields")).path("layouts").path("2021");
        assertEquals(15, layout.path("table4Groups").size() * layout.path("table4Columns").size());
        assertEquals(7, layout.path("table3Columns").size());
    }

    @Test
    void chartGroupsAFigureByYear() throws Exception {
        JsonNode body = json(server.get("/api/chart?q=" + enc("agency:测试局") + "&figure=penalty.decisions&by=year"));
        assertEquals(1, body.path("groups").size(), body.toString());
        JsonNode g = body.path("groups").get(0);
        assertEquals("2020", g.path("value").asText());
        assertEquals(7, g.path("sum").asInt());
    }

    @Test
    void pageIsServedAtTheRoot() throws Exception {
        HttpResponse<byte[]> r = server.get("/");
        assertEquals(200, r.statusCode());
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("app.js"));
    }

    @Test
    void echartsIsServedFromItsWebjar() throws Exception {
        assertEquals(200, server.get("/webjars/echarts/5.5.0/echarts.min.js").statusCode());
    }
}
