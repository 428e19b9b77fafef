package gongkai.extract;

import gongkai.ingest.Ingestor;
import gongkai.ingest.SourceText;
import gongkai.report.Check;
import gongkai.report.Report;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prose against table on whole reports: the outcome of each text.* check, read by hand from the report. */
class ProseChecksTest {

    private final ReportExtractor extractor = ReportExtractor.standard();

    private Report read(String path) throws Exception {
        return extractor.extract(new Ingestor().read(Path.of(path)));
    }

    private static List<String> textChecks(Report r) {
        return r.checks().stream().filter(c -> c.rule().startsWith("text."))
                .map(c -> c.rule() + " " + c.left().toPlainString() + (c.ok() ? " = " : " ≠ ") + c.right().toPlainString())
                .toList();
    }

    @Test
    void pingtan2022SaysItReceivedOneRequestMoreThanItsTable() throws Exception {
        // 全区收到政府信息公开申请75件; table 3 has 74 new and 1 carried in (713000074 / 1000001)
        Report r = read("samples/real/平潭综合实验区_2022.txt");
        assertEquals(List.of("text.apply.new.total 75 ≠ 74", "text.review.total 2 = 2"), textChecks(r));
        Check c = r.checks().stream().filter(k -> k.rule().equals("text.apply.new.total")).findFirst().orElseThrow();
        assertTrue(c.sentence().startsWith("2022年，全区收到政府信息公开申请75件"), c.sentence());
        assertEquals("74", c.inputs().get("apply.new.total").toPlainString());
        assertTrue(r.failedChecks().contains("text.apply.new.total"));
    }

    @Test
    void shanghai2019AgreesWithItsTablesOnEveryFigureItStates() throws Exception {
        Report r = read("samples/real/上海市人民政府办公厅_2019.html");
        assertEquals(List.of("text.apply.new.total 859 = 859", "text.apply.carried_in.total 18 = 18",
                "text.apply.total.total 805 = 805", "text.apply.carried_out.total 72 = 72", "text.review.total 7 = 7"),
                textChecks(r));
    }

    @Test
    void shuyang2025CountsTheYearBeforesRequestsAsReceived() throws Exception {
        // 共受理政府信息公开申请 749 件 = 713 new + 36 carried in; 结转下一年 31 件 as the table
        assertEquals(List.of("text.apply.new.total 749 ≠ 713", "text.apply.carried_out.total 31 = 31"),
                textChecks(read("samples/real/沭阳县人民政府_2025.txt")));
    }

    @Test
    void aSeedWhoseProseSaysNoRequestAndNoReviewAgrees() throws Exception {
        assertEquals(List.of("text.apply.new.total 0 = 0", "text.review.total 0 = 0"),
                textChecks(read("samples/seeds/pinghu-tjj-2021.txt")));
    }

    @Test
    void aFigureTheTableLacksIsNotCompared() throws Exception {
        // 无行政复议和诉讼发生, but 洛阳's table 4 leaves the review cells blank
        assertEquals(List.of("text.apply.new.total 7 = 7"), textChecks(read("samples/seeds/luoyang-tjj-2020.txt")));
    }

    @Test
    void aReportWithoutTablesHasNoTextCheck() throws Exception {
        // 2011年全县未收到有关政府信息公开的申请: stated, but the 2008 format has no table to compare it with
        assertEquals(List.of(), textChecks(read("samples/real/平潭县人民政府_2011.txt")));
    }

    @Test
    void aScansProseIsNotCompared() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/fixtures/ocr/淮安市人民政府_2024.300dpi.ocr.txt"));
        Report scan = extractor.extract(new SourceText("scan.pdf", "pdf", "0", text, true));
        assertEquals(List.of(), textChecks(scan));
        assertFalse(scan.figures().isEmpty());
    }
}
