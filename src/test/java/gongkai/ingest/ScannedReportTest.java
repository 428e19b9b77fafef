package gongkai.ingest;

import gongkai.extract.ReportExtractor;
import gongkai.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scans made from a real text PDF read by OCR give its figures, and never a wrong one, at each
 * resolution and degradation a scanner leaves. The scans hold the title and tables 3 and 4 only
 * (cropped from pages 1, 4 and 5), so that OCR stays quick.
 */
class ScannedReportTest {

    private static final Path TEXT_PDF = Path.of("samples/real/淮安市人民政府_2024.pdf");
    private static final ScanMaker.Part[] PARTS = {
        new ScanMaker.Part(0, 0, 0.3), new ScanMaker.Part(3, 0.42, 0.94), new ScanMaker.Part(4, 0, 0.85)};
    @TempDir
    static Path dir;
    /** The text layer's figures of tables 3 and 4: what the scans must give. */
    private static Map<String, BigDecimal> truth;
    private final ReportExtractor extractor = ReportExtractor.standard();

    @BeforeAll
    static void readTextLayer() throws Exception {
        Report text = ReportExtractor.standard().extract(new Ingestor().read(TEXT_PDF));
        truth = text.figures().entrySet().stream()
                .filter(e -> e.getKey().startsWith("apply.") || e.getKey().startsWith("review.") || e.getKey().startsWith("suit_"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Report ocr(ScanMaker maker, String name) throws Exception {
        Path scan = maker.scan(TEXT_PDF, dir.resolve(name + ".pdf"), PARTS);
        SourceText src = new Ingestor(IngestOptions.defaults().withOcr(true)).read(scan);
        return extractor.extract(src);
    }

    /** Figures the OCR gives that differ from the text layer's. */
    private static long wrong(Report scan) {
        return scan.figures().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("rate."))
                .filter(e -> truth.get(e.getKey()) == null || truth.get(e.getKey()).compareTo(e.getValue()) != 0)
                .peek(e -> System.out.println("wrong " + e.getKey() + " ocr=" + e.getValue() + " text=" + truth.get(e.getKey())))
                .count();
    }

    private static double share(Report scan) {
        long right = truth.entrySet().stream()
                .filter(e -> scan.figures().get(e.getKey()) != null && scan.figures().get(e.getKey()).compareTo(e.getValue()) == 0)
                .count();
        return (double) right / truth.size();
    }

    private static void assertReads(Report scan, double minShare, String variant) {
        System.out.printf("%s: read %.3f of %d, wrong %d%n", variant, share(scan), truth.size(), wrong(scan));
        assertEquals(0, wrong(scan), variant + ": wrong figures");
        assertEquals(2024, scan.year(), variant + ": year");
        assertEquals("淮安市人民政府", scan.agency(), variant + ": agency");
        assertTrue(scan.ocr(), variant + ": marked as OCR'd");
        assertTrue(share(scan) >= minShare, variant + ": read share " + share(scan));
    }

    @Test
    void cleanScanAt300DpiGivesTheTextLayersFigures() throws Exception {
        Report scan = ocr(new ScanMaker(300, false, 0, false), "clean300");
        assertReads(scan, 0.95, "300 dpi");
        // read from the report's table 3 and table 4 by hand
        assertEquals(new BigDecimal("3001"), scan.figures().get("apply.new.person"));
        assertEquals(new BigDecimal("3050"), scan.figures().get("apply.total.total"));
    }

    @Test
    void cleanScanAt200DpiGivesTheTextLayersFigures() throws Exception {
        assertReads(ocr(new ScanMaker(200, false, 0, false), "clean200"), 0.95, "200 dpi");
    }

    @Test
    void jpegScanAt150DpiLyingOneDegreeAskewGivesNoWrongFigure() throws Exception {
        // reads 0.863 of the figures (164 of 190): the ruling lines' grey fringe erased, and no wrong one
        assertReads(ocr(new ScanMaker(150, 0.75f, 1.0, Double.NaN, false), "jpeg150skew1"), 0.85, "150 dpi JPEG, 1° skew");
    }

    @Test
    void aSealStampedOverTheTablesLastRowsHidesNoFigure() throws Exception {
        // the seal's centre on the rows （六）3、其他, （七）总计 and 四、结转下年度继续办理 of page 5
        Report scan = ocr(new ScanMaker(200, false, 0, false).sealedAt(0.6), "seal200");
        assertReads(scan, 0.95, "200 dpi, seal");
        // （七）总计 2932 53 0 0 61 4 3050 and 结转下年度继续办理 103 0 0 0 0 0 103 in the text layer
        assertEquals(new BigDecimal("2932"), scan.figures().get("apply.total.person"));
        assertEquals(new BigDecimal("3050"), scan.figures().get("apply.total.total"));
        assertEquals(new BigDecimal("103"), scan.figures().get("apply.carried_out.total"));
    }
}
