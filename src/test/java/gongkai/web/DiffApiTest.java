package gongkai.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/diff on the bundled reports. */
class DiffApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.samples();
    static final ObjectMapper JSON = new ObjectMapper();

    static String id(String file) {
        return server.reports.stream().filter(r -> r.source().endsWith(file)).map(Report::id).findFirst().orElseThrow();
    }

    static JsonNode diff(String query) throws Exception {
        var r = server.get("/api/diff?" + query);
        assertEquals(200, r.statusCode(), new String(r.body()));
        return JSON.readTree(r.body());
    }

    static JsonNode row(JsonNode diff, int table, String key) {
        for (JsonNode t : diff.path("tables")) {
            if (t.path("table").asInt() != table) continue;
            for (JsonNode r : t.path("rows")) if (r.path("key").asText().equals(key)) return r;
        }
        throw new AssertionError("no row " + key + " in table " + table);
    }

    static JsonNode part(JsonNode diff, String key) {
        for (JsonNode p : diff.path("parts")) if (p.path("key").asText().equals(key)) return p;
        throw new AssertionError("no part " + key);
    }

    @Test
    void hongze2024AloneIsComparedWithItsAgencys2023() throws Exception {
        JsonNode d = diff("to=" + id("洪泽区人民政府_2024.pdf"));
        assertEquals(2023, d.path("from").path("year").asInt());
        assertEquals(id("洪泽区人民政府_2023.pdf"), d.path("from").path("id").asText());
        assertTrue(d.path("sameAgency").asBoolean());
        // 本年新收政府信息公开申请数量, 总计: 21 in 2023, 95 in 2024 (table 3 of each PDF)
        JsonNode fresh = row(d, 3, "apply.new.total");
        assertEquals(21, fresh.path("from").asInt());
        assertEquals(95, fresh.path("to").asInt());
        assertEquals(74, fresh.path("delta").asInt());
    }

    @Test
    void aSentenceBothYearsPrintIsNotAChange() throws Exception {
        JsonNode problems = part(diff("from=" + id("洪泽区人民政府_2023.pdf") + "&to=" + id("洪泽区人民政府_2024.pdf")), "problems");
        // both years' part five print this sentence, one of them across a line break of the PDF
        String kept = "一是扎实推进依申请公开工作，全面梳理和优化工作流程、健全工作机制、强化部门协同配合，全面提升政府信息依申请公开规范化、专业化水平。";
        List<String> touched = new ArrayList<>();
        problems.path("changes").forEach(c -> {
            touched.add(c.path("from").asText());
            touched.add(c.path("to").asText());
        });
        assertFalse(touched.contains(kept), touched.toString());
        assertTrue(touched.stream().anyMatch(s -> s.contains("加强对典型案例的研究")), touched.toString());
    }

    @Test
    void aReportAgainstItselfIsEmpty() throws Exception {
        String id = id("洪泽区人民政府_2024.pdf");
        JsonNode d = diff("from=" + id + "&to=" + id);
        assertTrue(d.path("identical").asBoolean());
        assertEquals("{\"added\":0,\"removed\":0,\"changed\":0,\"figuresChanged\":0}", d.path("summary").toString());
        d.path("parts").forEach(p -> assertEquals(0, p.path("changes").size(), p.toString()));
    }

    @Test
    void partsCopiedFromTheYearBeforeHaveNoChangedSentence() throws Exception {
        // 平潭综合实验区 prints the same parts four and six in 2020 as in 2019; its part one is new
        JsonNode d = diff("to=" + id("平潭综合实验区_2020.txt"));
        assertEquals(2019, d.path("from").path("year").asInt());
        assertEquals(0, part(d, "appeals").path("changes").size());
        assertEquals(0, part(d, "other").path("changes").size());
        assertTrue(part(d, "overview").path("changes").size() > 0);
    }

    @Test
    void twoAgenciesAreComparedAndSaidToBeTwo() throws Exception {
        JsonNode d = diff("from=" + id("平潭县人民政府_2013.txt") + "&to=" + id("平潭综合实验区_2013.txt"));
        assertFalse(d.path("sameAgency").asBoolean());
        assertTrue(d.path("note").asText().contains("different agencies"), d.path("note").asText());
    }

    @Test
    void unknownReportsAndAMissingYearBeforeAre404() throws Exception {
        String known = id("洪泽区人民政府_2024.pdf");
        assertEquals(404, server.get("/api/diff?from=0000000000000000&to=" + known).statusCode());
        assertEquals(404, server.get("/api/diff?to=0000000000000000").statusCode());
        // 平潭综合实验区 has no report of 2014 in the samples (the 2014 one is the 管委会's)
        var none = server.get("/api/diff?to=" + id("平潭综合实验区_2015.txt"));
        assertEquals(404, none.statusCode());
        assertTrue(new String(none.body()).contains("2014"));
        assertEquals(400, server.get("/api/diff?to=xyz").statusCode());
        assertEquals(400, server.get("/api/diff").statusCode());
    }
}
