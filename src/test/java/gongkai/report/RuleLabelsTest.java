package gongkai.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RuleLabelsTest {

    private final RuleLabels labels = new RuleLabels(FigureCatalog.standard());

    @Test
    void aResultsRuleIsLabelledWithItsApplicantColumn() {
        assertEquals("申请结果合计 · 自然人", labels.label("apply.results.person"));
    }

    @Test
    void aColumnsRuleIsLabelledWithItsTableRow() {
        assertEquals("各类申请人合计 · 予以公开", labels.label("apply.columns.granted"));
    }

    @Test
    void appealAndCrossYearRulesHaveTheirOwnLabels() {
        assertEquals("行政复议合计", labels.label("review.total"));
        assertEquals("与上年结转下年度数一致 · 总计", labels.label("cross_year.carried.total"));
    }

    @Test
    void aProseRuleNamesTheFigureItCompares() {
        assertEquals("正文所述与表格一致 · 行政处罚 · 处理决定数量", labels.label("text.penalty.decisions"));
    }

    @Test
    void anUnknownRuleKeepsItsKey() {
        assertEquals("apply.results.nobody", labels.label("apply.results.nobody"));
    }

    @Test
    void theJsonOfACheckCarriesItsLabel() throws Exception {
        Check failed = new Check("apply.results.person", false, new BigDecimal(20), new BigDecimal(26),
                Map.of("apply.total.person", new BigDecimal(20)));
        Report r = new Report("x.txt", "txt", "a".repeat(64), "某局", 2020, null, null, null, null, null, null,
                null, Map.of(), List.of(), List.of(), List.of(failed), List.of(), Map.of(), "");
        JsonNode check = ReportJson.newMapper().readTree(new ReportJson().toLine(r)).get("checks").get(0);
        assertEquals("申请结果合计 · 自然人", check.get("label").asText());
        assertEquals("apply.results.person", check.get("rule").asText());
    }
}
