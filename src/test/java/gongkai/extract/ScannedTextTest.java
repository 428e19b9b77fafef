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
        return extractor.extract(new SourceText("scan.pdf", "pdf", "0", Files.readString(OCR_TEXT), ocr));
    }

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
}
