package gongkai.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportJsonAgencyIdTest {

    private final ReportJson json = new ReportJson();

    private static Report hongze() {
        return new Report("hongze.txt", "txt", "a".repeat(64), "洪泽区人民政府", 2023, "江苏省淮安市洪泽区", "320813",
                "江苏省", "县级", null, null, null, Map.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), "");
    }

    private JsonNode written(Report r) throws Exception {
        return ReportJson.newMapper().readTree(json.toLine(r));
    }

    @Test
    void theAgencyIdIsWrittenBesideTheAgency() throws Exception {
        assertEquals("320813:人民政府", written(hongze().withAgencyId("320813:人民政府")).get("agency_id").asText());
    }

    @Test
    void aReportWithoutAnAgencyIdSaysNull() throws Exception {
        JsonNode node = written(hongze());
        assertTrue(node.has("agency_id"));
        assertTrue(node.get("agency_id").isNull());
    }
}
