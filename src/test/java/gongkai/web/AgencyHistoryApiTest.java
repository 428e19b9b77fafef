package gongkai.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/agencies/{id} on the bundled reports: 洪泽 2023 and 2024, printed under two names, are one history. */
class AgencyHistoryApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.samples();
    static final ObjectMapper JSON = new ObjectMapper();

    static String path(String id) {
        return "/api/agencies/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void bothYearsOfHongzeAreOneHistory() throws Exception {
        JsonNode h = JSON.readTree(server.get(path("320813:人民政府")).body());
        assertEquals("[2023,2024]", h.path("years").toString());
        List<String> agencies = new ArrayList<>();
        h.path("reports").forEach(r -> agencies.add(r.path("agency").asText()));
        assertEquals(List.of("洪泽区人民政府", "淮安市洪泽区人民政府"), agencies);
    }

    @Test
    void theLaterYearIsCheckedAgainstTheEarlier() throws Exception {
        JsonNode checks = JSON.readTree(server.get(path("320813:人民政府")).body()).path("checks");
        List<String> rules = new ArrayList<>();
        checks.forEach(c -> {
            assertEquals(2024, c.path("year").asInt());
            assertTrue(c.path("check").path("ok").asBoolean(), c.toString());
            rules.add(c.path("check").path("rule").asText());
        });
        assertTrue(rules.contains("cross_year.carried.total"), rules.toString());
        // rules in force: 5 in 2023, 3 issued and 0 repealed in 2024, 8 in 2024 (read from the two tables)
        assertTrue(rules.contains("cross_year.rules.in_force"), rules.toString());
    }

    @Test
    void crossYearChecksCarryTheirChineseLabel() throws Exception {
        JsonNode checks = JSON.readTree(server.get(path("320813:人民政府")).body()).path("checks");
        List<String> labels = new ArrayList<>();
        checks.forEach(c -> {
            if (c.path("check").path("rule").asText().equals("cross_year.carried.total")) labels.add(c.path("label").asText());
        });
        assertEquals(List.of("与上年结转下年度数一致 · 总计"), labels);
    }

    @Test
    void anUnknownAgencyIs404AndAMalformedIdIs400() throws Exception {
        assertEquals(404, server.get(path("999999:无此机关")).statusCode());
        assertEquals(400, server.get(path("人民政府")).statusCode());
    }
}
