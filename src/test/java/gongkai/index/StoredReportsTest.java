package gongkai.index;

import gongkai.copy.CopyPass;
import gongkai.report.Check;
import gongkai.report.Report;
import gongkai.report.ReportJson;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A corpus pass rewrites a report from what the index stored of it: nothing it did not change may be lost. */
class StoredReportsTest {

    private static Report scanned() {
        return new Report("scan.pdf", "pdf", "b".repeat(64), "洪泽区人民政府", "320813:人民政府", 2024, "江苏省淮安市洪泽区",
                "320813", "江苏省", "县级", null, null, null, Map.of("apply.new.total", new BigDecimal("95")),
                List.of(), List.of(), List.of(), List.of(), Map.of(), "", true);
    }

    private static Report roundTrip(Report r) throws Exception {
        return new StoredReports().read(new ReportJson().toStoredBytes(r, Map.of()));
    }

    @Test
    void aScannedReportReadBackIsStillMarkedOcr() throws Exception {
        assertTrue(roundTrip(scanned()).ocr());
    }

    @Test
    void newChecksOrFiguresKeepTheOcrMark() {
        Check carried = new Check("cross_year.carried.total", true, BigDecimal.ZERO, BigDecimal.ZERO, Map.of());
        Report checked = scanned().withChecks(List.of(carried));
        assertTrue(checked.ocr());
        assertEquals(List.of(carried), checked.checks());
        Report measured = scanned().withFigures(Map.of(CopyPass.PREV_YEAR, new BigDecimal("0.5")));
        assertTrue(measured.ocr());
        assertEquals("320813:人民政府", measured.agencyId());
    }
}
