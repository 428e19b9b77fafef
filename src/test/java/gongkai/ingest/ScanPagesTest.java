package gongkai.ingest;

import gongkai.extract.ReportExtractor;
import gongkai.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page pipeline: pages scanned sideways or upside down are turned before OCR, a mixed PDF
 * reads its text pages from the text layer and its image pages by OCR, and a Word file of
 * pasted-in scans is read by OCR. Every file is made from a real report; its figures are compared
 * with the same report's text layer.
 */
class ScanPagesTest {

    private static final Path TEXT_PDF = Path.of("samples/real/淮安市人民政府_2024.pdf");
    /** Table 3, on the report's fourth and fifth pages. */
    private static final ScanMaker.Part TABLE_3 = new ScanMaker.Part(3, 0.42, 0.94);
    private static final ScanMaker.Part TABLE_3_END = new ScanMaker.Part(4, 0, 0.7);
    @TempDir
    static Path dir;
    private static Map<String, BigDecimal> textLayer;
    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults().withOcr(true));
    private final ReportExtractor extractor = ReportExtractor.standard();

    @BeforeAll
    static void readTextLayer() throws Exception {
        textLayer = ReportExtractor.standard().extract(new Ingestor().read(TEXT_PDF)).figures();
    }

    /** Figures the scan gives that the text layer does not give alike. */
    private static List<String> wrong(Report scan) {
        return scan.figures().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("rate."))
                .filter(e -> textLayer.get(e.getKey()) == null || textLayer.get(e.getKey()).compareTo(e.getValue()) != 0)
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList();
    }

    @Test
    void pagesScannedUpsideDownAndSidewaysAreTurnedBeforeOcr() throws Exception {
        Path scan = new ScanMaker(300, false, 0, false).turnedScan(TEXT_PDF, dir.resolve("turned.pdf"),
                new int[] {180, 90, 0}, new ScanMaker.Part(0, 0, 0.3), TABLE_3, TABLE_3_END);
        Report r = extractor.extract(ingestor.read(scan));
        assertEquals(2024, r.year(), "year from the title page, read upside down");
        // table 3, first row, read by hand: 自然人 3001, 总计 3119
        assertEquals(new BigDecimal("3001"), r.figures().get("apply.new.person"));
        assertEquals(new BigDecimal("3119"), r.figures().get("apply.new.total"));
        assertEquals(List.of(), wrong(r));
        assertTrue(r.ocr());
    }

    @Test
    void mixedPdfReadsItsTextPagesFromTheLayerAndItsImagePageByOcr() throws Exception {
        Path mixed = ScanFiles.mixed(TEXT_PDF, dir.resolve("mixed.pdf"), Set.of(3));
        SourceText src = ingestor.read(mixed);
        assertTrue(src.ocr(), "one page was OCR'd");
        // the title page keeps its text layer, character for character
        String title = new Ingestor().read(TEXT_PDF).text().lines().filter(l -> l.contains("年度报告")).findFirst().orElseThrow();
        assertTrue(src.text().contains(title), title);
        Report r = extractor.extract(src);
        assertEquals(2024, r.year());
        assertEquals(new BigDecimal("3001"), r.figures().get("apply.new.person"), "from the scanned page");
        assertEquals(new BigDecimal("34"), r.figures().get("apply.carried_in.total"), "from the scanned page");
        assertEquals(List.of(), wrong(r));
        long same = textLayer.keySet().stream().filter(k -> !k.startsWith("rate.") && r.figures().containsKey(k)).count();
        long all = textLayer.keySet().stream().filter(k -> !k.startsWith("rate.")).count();
        assertTrue(same >= 0.9 * all, same + " of " + all);
    }

    @Test
    void wordFileOfPastedInScansIsReadByOcr() throws Exception {
        Path docx = ScanFiles.docx(dir.resolve("pasted.docx"), "淮安市人民政府2024年政府信息公开工作年度报告",
                List.of(ScanFiles.render(TEXT_PDF, TABLE_3.page(), TABLE_3.top(), TABLE_3.bottom(), 300),
                        ScanFiles.render(TEXT_PDF, TABLE_3_END.page(), TABLE_3_END.top(), TABLE_3_END.bottom(), 300)));
        SourceText src = ingestor.read(docx);
        assertEquals("docx", src.format());
        assertTrue(src.ocr());
        Report r = extractor.extract(src);
        assertEquals(new BigDecimal("3001"), r.figures().get("apply.new.person"));
        assertEquals(new BigDecimal("3119"), r.figures().get("apply.new.total"));
        assertEquals(List.of(), wrong(r));
    }
}
