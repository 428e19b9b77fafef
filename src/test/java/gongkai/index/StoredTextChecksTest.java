package gongkai.index;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.report.Check;
import gongkai.report.Report;
import gongkai.report.ReportJson;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A prose-against-table check keeps its sentence in the report JSON and when the index's copy is read back. */
class StoredTextChecksTest {

    static final String SENTENCE = "2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件。";

    private static Report report() {
        Check text = new Check("text.apply.new.total", false, new BigDecimal("75"), new BigDecimal("74"),
                Map.of("apply.new.total", new BigDecimal("74")), SENTENCE);
        Check table = new Check("apply.balance.total", true, new BigDecimal("75"), new BigDecimal("75"), Map.of());
        return new Report("a.txt", "txt", "c".repeat(64), "平潭综合实验区", 2022, null, null, null, null, null, null, null,
                Map.of("apply.new.total", new BigDecimal("74")), List.of(), List.of(), List.of(table, text), List.of(),
                Map.of(), "");
    }

    @Test
    void theJsonQuotesTheSentenceOfATextCheckOnly() throws Exception {
        ReportJson json = new ReportJson();
        JsonNode checks = json.mapper().readTree(json.toLine(report())).path("checks");
        assertTrue(checks.get(0).path("sentence").isMissingNode());
        assertEquals(SENTENCE, checks.get(1).path("sentence").asText());
        assertTrue(checks.get(1).path("label").asText().startsWith("正文所述与表格一致"));
    }

    @Test
    void theSentenceSurvivesTheStoredCopy() throws Exception {
        Report back = new StoredReports().read(new ReportJson().toStoredBytes(report(), Map.of()));
        assertEquals(SENTENCE, back.checks().get(1).sentence());
        assertEquals(null, back.checks().get(0).sentence());
        assertFalse(back.checks().get(1).ok());
        assertEquals(List.of("text.apply.new.total"), back.failedChecks());
    }
}
