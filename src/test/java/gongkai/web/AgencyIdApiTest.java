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

/**
 * agency_id in /api/search: on every hit, and as a facet. 洪泽's 2023 report is printed by
 * 洪泽区人民政府 and its 2024 report by 淮安市洪泽区人民政府: one agency, 320813:人民政府.
 */
class AgencyIdApiTest {

    static final String HONGZE = "320813:人民政府";

    @RegisterExtension
    static final TestServer server = TestServer.samples();
    static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode search(String q) throws Exception {
        return JSON.readTree(server.get("/api/search?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).body());
    }

    @Test
    void bothHongzeHitsCarryTheSameAgencyId() throws Exception {
        JsonNode body = search("洪泽");
        List<String> seen = new ArrayList<>();
        for (JsonNode h : body.path("hits")) {
            if (h.path("agency").asText().contains("洪泽")) seen.add(h.path("year").asInt() + " " + h.path("agency_id").asText());
        }
        seen.sort(null);
        assertEquals(List.of("2023 " + HONGZE, "2024 " + HONGZE), seen);
    }

    @Test
    void agencyIdIsAFacetWhoseValueFindsItsReports() throws Exception {
        JsonNode facet = search("").path("facets").path("agency_id");
        long count = -1;
        for (JsonNode v : facet) if (v.path("value").asText().equals(HONGZE)) count = v.path("count").asLong();
        assertEquals(2, count, facet.toString());
        assertEquals(2, search("agency_id:\"" + HONGZE + "\"").path("total").asLong());
    }

    @Test
    void everyHitHasTheAgencyIdField() throws Exception {
        for (JsonNode h : search("").path("hits")) assertTrue(h.has("agency_id"), h.path("id").asText());
    }
}
