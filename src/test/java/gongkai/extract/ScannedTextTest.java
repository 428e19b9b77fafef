package gongkai.extract;

import gongkai.ingest.SourceText;
import gongkai.report.Report;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text OCR gave for a 300-dpi scan of 淮安市人民政府's 2024 report (fixtures/ocr), read as a
 * scanned report: OCR's spellings of the agency and of row labels are still understood. The
 * expected figures are those of the report's text layer (pdftotext of the original PDF).
 */
class ScannedTextTest {

    private static final Path OCR_TEXT = Path.of("src/test/resources/fixtures/ocr/淮安市人民政府_2024.300dpi.ocr.txt");
    private final ReportExtractor extractor = ReportExtractor.standard();

    private Report read(boolean ocr) throws Exception {
        return read(Files.readString(OCR_TEXT), ocr);
    }

    private Report read(String text, boolean ocr) {
        return extractor.extract(new SourceText("scan.pdf", "pdf", "0", text, ocr));
    }

    /** The row of 属于三类内部事务信息 as OCR gave it: its two figures read with low confidence. */
    private static final String INTERNAL_ROW = "所属于三类内部事务信息\t〔OCR存疑:7〕\t〔OCR存疑:1〕\t0\t0\t0\t0\t8";

    @Test
    void theAgencyOcrMisreadAs准安IsFoldedToTheKnown淮安() throws Exception {
        Report r = read(true);
        assertEquals("淮安市人民政府", r.agency());
        assertEquals("320800", r.regionCode());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("准安市人民政府")), r.warnings()::toString);
    }

    @Test
    void aTextReportKeepsItsAgencyAsPrinted() throws Exception {
        assertEquals("准安市人民政府", read(false).agency());
    }

    @Test
    void theRow子以公开IsTheRow予以公开() throws Exception {
        Report r = read(true);
        // （一）予以公开 1288 21 0 0 50 3 1362 in the text layer
        assertEquals(new BigDecimal("1288"), r.figures().get("apply.granted.person"));
        assertEquals(new BigDecimal("1362"), r.figures().get("apply.granted.total"));
    }

    @Test
    void aStrayCharacterInsideALongLabelIsToleratedInAScan() throws Exception {
        // OCR reads 3.危及“三_安全一稳定、?”; the text layer's row is 5 0 0 0 0 0 5
        assertEquals(new BigDecimal("5"), read(true).figures().get("apply.denied.safety.person"));
        assertNull(read(false).figures().get("apply.denied.safety.person"));
    }

    @Test
    void aLowConfidenceReadingIsGivenWhenTheTablesRulesForceIt() throws Exception {
        assertTrue(Files.readString(OCR_TEXT).contains(INTERNAL_ROW));
        Report r = read(true);
        // 5.属于三类内部事务信息 7 1 0 0 0 0 8 in the text layer; the person column's total forces the 7
        assertEquals(new BigDecimal("7"), r.figures().get("apply.denied.internal.person"));
        assertEquals(new BigDecimal("1"), r.figures().get("apply.denied.internal.company"));
    }

    @Test
    void lowConfidenceReadingsAreKeptWhenTheirRowsAndColumnsHoldWithThem() throws Exception {
        // as if OCR had also been unsure of the 12 and the 0 of 6.属于四类过程性信息 (12 0 0 0 0 0 12
        // in the text layer): two rows and two columns then have two unclear cells each, and no
        // rule forces any of them
        String text = Files.readString(OCR_TEXT).replace("6.属于四类过程性信息\t12\t0\t", "6.属于四类过程性信息\t〔OCR存疑:12〕\t〔OCR存疑:0〕\t");
        Report r = read(text, true);
        assertEquals(new BigDecimal("7"), r.figures().get("apply.denied.internal.person"));
        assertEquals(new BigDecimal("1"), r.figures().get("apply.denied.internal.company"));
        assertEquals(new BigDecimal("12"), r.figures().get("apply.denied.process.person"));
        assertEquals(new BigDecimal("0"), r.figures().get("apply.denied.process.company"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("apply.denied.process.person") && w.contains("kept")), r.warnings()::toString);
    }

    @Test
    void aLowConfidenceReadingThatBreaksItsColumnIsNotKept() throws Exception {
        // the same row as if OCR had swapped the two digits: the row still adds up, the columns do not
        String misread = Files.readString(OCR_TEXT).replace(INTERNAL_ROW,
                "所属于三类内部事务信息\t〔OCR存疑:1〕\t〔OCR存疑:7〕\t0\t0\t0\t0\t8");
        Report r = read(misread, true);
        assertNull(r.figures().get("apply.denied.internal.person"));
        assertNull(r.figures().get("apply.denied.internal.company"));
    }

    @Test
    void aLowConfidenceReadingInASingleRuleIsNotKept() throws Exception {
        // table 4's row 72 〔64〕 178 37 〔351〕: 72+64+178+37 = 351 holds, but one sum alone cannot tell two misreadings apart
        Report r = read(true);
        assertNull(r.figures().get("review.corrected"));
        assertNull(r.figures().get("review.total"));
        assertEquals(new BigDecimal("72"), r.figures().get("review.upheld"));
    }
}
