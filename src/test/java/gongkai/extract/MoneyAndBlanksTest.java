package gongkai.extract;

import gongkai.report.FigureCatalog;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Units of money and blank cells, on variations of a seed report's own rows. */
class MoneyAndBlanksTest {

    private final TableReader reader = new TableReader(FigureCatalog.standard());
    private static final String LUOYANG = Expected.read("samples/seeds/luoyang-tjj-2020.txt");

    private TableResult luoyangWith(String row, String replacement) {
        assertTrue(LUOYANG.contains(row), row);
        return reader.read(LUOYANG.replace(row, replacement));
    }

    @Test
    void anAmountWithoutAnyUnitThatCouldBeEitherIsMissing() {
        TableResult r = luoyangWith("采购总金额（单位:万元）", "采购总金额");
        assertFalse(r.figures().containsKey("procurement.amount_yuan"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("procurement.amount_yuan") && w.contains("万元")));
    }

    @Test
    void aUnitPrintedInTheCellIsTaken() {
        String text = LUOYANG.replace("采购总金额（单位:万元）", "采购总金额")
                .replace("政府集中采购\t1\t61.8", "政府集中采购\t1\t61.8万元");
        TableResult r = reader.read(text);
        assertEquals(0, r.figures().get("procurement.amount_yuan").compareTo(BigDecimal.valueOf(618000)));
    }

    @Test
    void aPrintedSlashIsMissingNotZero() {
        TableResult r = luoyangWith("行政强制\t0\t1\t0", "行政强制\t/\t1\t0");
        assertFalse(r.figures().containsKey("coercion.prev_items"));
        assertTrue(r.missing().contains("coercion.prev_items"));
        assertEquals(0, r.figures().get("coercion.change").compareTo(BigDecimal.ONE));
    }

    @Test
    void aBlankThatTheRowTotalForcesIsZeroAndListedAsInferred() {
        String row = "⇥(二) 部分公开(区分处理的,只计这一情形,不计其他情形)⇥5⇥0⇥0⇥0⇥0⇥0⇥5⇥".replace('⇥', '\t');
        TableResult r = luoyangWith(row, row.replace("\t5\t0\t0\t0\t0\t0\t5\t", "\t5\t0\t—\t0\t0\t0\t5\t"));
        assertEquals(0, r.figures().get("apply.partial.research").signum());
        assertTrue(r.inferred().contains("apply.partial.research"));
    }

    @Test
    void aBlankNoRuleForcesStaysMissing() {
        // 其他对外管理服务事项's 本年增/减 is in no rule: a dash there is simply missing
        TableResult r = luoyangWith("其他对外管理服务事项\t0\t4\t0", "其他对外管理服务事项\t0\t-\t0");
        assertTrue(r.missing().contains("other_services.change"));
        assertFalse(r.inferred().contains("other_services.change"));
    }
}
