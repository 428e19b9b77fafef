package gongkai.synth;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads a few printed cells back by hand and compares them with the truth. */
class TableTextTest {

    private static final List<SynthReport> REPORTS = Samples.make(21, 600);
    private static final List<String> COLUMNS = List.of("person", "company", "research", "ngo", "legal", "other_org", "total");

    @Test
    void newApplicationsRowPrintsTheTrueValues() {
        for (SynthReport r : REPORTS) {
            List<String> printed = valuesAfter(r.text(), "一、本年新收政府信息公开申请数量", 7);
            List<String> expected = COLUMNS.stream().map(c -> r.truth().figures().get("apply.new." + c).toPlainString()).toList();
            assertEquals(expected, printed, r.truth().id());
        }
    }

    @Test
    void blankReviewCellsAreMissingInTheTruth() {
        int seen = 0;
        for (SynthReport r : REPORTS) {
            if (!r.truth().layout().contains("blank-review")) continue;
            seen++;
            assertEquals(5, r.truth().missing().size());
            assertTrue(r.text().contains("\n\t\t\t\t\t" + r.truth().figures().get("suit_direct.upheld") + "\t"), r.truth().id());
        }
        assertTrue(seen > 0);
    }

    @Test
    void amountInWanTimesTenThousandIsTheTruthInYuan() {
        int seen = 0;
        for (SynthReport r : REPORTS) {
            if (!r.truth().layout().contains("wan_header") || r.truth().template() != gongkai.report.Template.T2019) continue;
            seen++;
            assertTrue(r.text().contains("万元"));
            String printed = valuesAfter(r.text(), "政府集中采购", 2).get(1);
            assertEquals(0, new BigDecimal(printed).movePointRight(4).compareTo(r.truth().figures().get("procurement.amount_yuan")), r.truth().id());
        }
        assertTrue(seen > 0);
    }

    /** The first n cells after a label, whether the row is tab-separated or one cell per line. */
    private static List<String> valuesAfter(String text, String label, int n) {
        int at = text.indexOf(label) + label.length();
        List<String> out = new ArrayList<>();
        for (String cell : text.substring(at).split("[\t\n]")) {
            String c = cell.strip().replace("[bookmark: _GoBack]", "");
            if (c.isEmpty()) continue;
            out.add(c);
            if (out.size() == n) break;
        }
        return out;
    }
}
