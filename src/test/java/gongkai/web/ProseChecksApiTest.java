package gongkai.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prose against table through the API, over the sample reports. Three of them state a figure
 * their table contradicts, read by hand: 平潭综合实验区 2022 (收到政府信息公开申请75件; the table's
 * 本年新收 is 74, with 1 carried in), 沭阳县 2025 (受理…申请 749 件; table 713, with 36 carried in) and
 * 淮安市洪泽区 2024 (区政府办代表区政府受理…申请 17 件; table 95).
 */
class ProseChecksApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.samples();
    static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode get(String path) throws Exception {
        return JSON.readTree(server.get(path).body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String id(String sourceEnd) {
        return server.reports.stream().filter(r -> r.source().endsWith(sourceEnd)).map(Report::id).findFirst().orElseThrow();
    }

    @Test
    void fieldsListTheTextRulesWithTheirLabels() throws Exception {
        JsonNode checks = get("/api/fields").path("checks");
        JsonNode newTotal = null;
        for (JsonNode c : checks) if (c.path("rule").asText().equals("text.apply.new.total")) newTotal = c;
        assertTrue(newTotal != null, checks.toString());
        assertTrue(newTotal.path("label").asText().startsWith("正文所述与表格一致 · "), newTotal.toString());
        for (JsonNode c : checks) assertTrue(c.path("rule").asText().startsWith("text."), c.toString());
    }

    @Test
    void theRuleFindsTheReportsWhoseProseContradictsTheTable() throws Exception {
        JsonNode body = get("/api/search?size=50&q=" + enc("check_failed:text.apply.new.total"));
        Set<String> ids = new TreeSet<>();
        body.path("hits").forEach(h -> ids.add(h.path("id").asText()));
        assertEquals(new TreeSet<>(Set.of(id("平潭综合实验区_2022.txt"), id("沭阳县人民政府_2025.txt"),
                id("淮安市洪泽区人民政府_2024.pdf"))), ids);
    }

    @Test
    void theReportCarriesTheSentenceAndBothFigures() throws Exception {
        JsonNode checks = get("/api/reports/" + id("平潭综合实验区_2022.txt")).path("checks");
        JsonNode failed = null;
        for (JsonNode c : checks) if (c.path("rule").asText().equals("text.apply.new.total")) failed = c;
        assertTrue(failed != null, checks.toString());
        assertEquals(false, failed.path("ok").asBoolean());
        assertEquals(75, failed.path("left").asInt());
        assertEquals(74, failed.path("right").asInt());
        assertTrue(failed.path("sentence").asText().contains("全区收到政府信息公开申请75件"), failed.toString());
        for (JsonNode c : checks) {
            if (!c.path("rule").asText().startsWith("text.")) assertTrue(c.path("sentence").isMissingNode(), c.toString());
        }
    }
}
