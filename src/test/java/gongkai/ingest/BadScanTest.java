package gongkai.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each bad scan fails alone with one line naming the reason, and the reader goes on to the next file. */
class BadScanTest {

    private static final Path TEXT_PDF = Path.of("samples/real/淮安市洪泽区人民政府_2023.pdf");
    @TempDir
    Path dir;
    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults().withOcr(true).withMaxOcrPages(50));

    private static String failure(Ingestor ingestor, Path file) {
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(file));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void blankPageIsRefusedAsBlank() throws Exception {
        Path blank = ScanFiles.pdf(dir.resolve("blank.pdf"), List.of(ScanFiles.blankPage(), ScanFiles.blankPage()));
        assertEquals("no text layer, figures not extracted (OCR found no text: the page images are blank)", failure(ingestor, blank));
    }

    @Test
    void photoIsRefusedAsNoPrint() throws Exception {
        Path photo = ScanFiles.pdf(dir.resolve("photo.pdf"), List.of(ScanFiles.photo()));
        assertEquals("no text layer, figures not extracted (OCR found no print: the page images hold no readable text, a photo rather than a report)",
                failure(ingestor, photo));
    }

    @Test
    void scanOfMorePagesThanTheLimitIsRefusedBeforeOcr() throws Exception {
        Path scan = ScanFiles.longScan(dir.resolve("long.pdf"), 300);
        assertEquals("too many page images for OCR: 300 exceeds the limit of 50 (--max-ocr-pages)", failure(ingestor, scan));
    }

    @Test
    void corruptImageStreamNamesItsPage() throws Exception {
        Path corrupt = ScanFiles.corruptImage(dir.resolve("corrupt.pdf"));
        String reason = failure(ingestor, corrupt);
        assertTrue(reason.startsWith("OCR failed on page 1: corrupt image stream: "), reason);
    }

    @Test
    void missingTesseractFailsTheScanWithTheReasonAndTheTextReportStillReads() throws Exception {
        Ingestor without = new Ingestor(IngestOptions.defaults().withOcr(true).withTesseract(dir.resolve("no-such-tesseract").toString()));
        assertTrue(without.ocrUnavailable().contains("does not run"), without.ocrUnavailable());
        Path scan = ScanFiles.pdf(dir.resolve("scan.pdf"), List.of(ScanFiles.render(TEXT_PDF, 0, 0, 0.3, 150)));
        String reason = failure(without, scan);
        assertTrue(reason.startsWith("no text layer, figures not extracted (OCR needs tesseract-ocr and tesseract-ocr-chi-sim installed"), reason);
        assertEquals("pdf", without.read(TEXT_PDF).format());
    }

    @Test
    void pageWhoseRenderingOutlastsItsBoundFailsWithTheReason() throws Exception {
        // a real page at 300 dpi takes far longer than a millisecond to render
        Path scan = ScanFiles.pdf(dir.resolve("scan.pdf"), List.of(ScanFiles.render(TEXT_PDF, 0, 0, 1, 300)));
        OcrReader reader = new OcrReader(IngestOptions.defaults().withOcr(true).withParseTimeout(java.time.Duration.ofMillis(1)));
        IngestException e = assertThrows(IngestException.class, () -> reader.readPdfPages(java.nio.file.Files.readAllBytes(scan), List.of(0)));
        assertEquals("OCR failed on page 1: rendering took longer than 1 ms", e.getMessage());
        // the next document is read as if nothing had happened
        assertEquals("pdf", ingestor.read(TEXT_PDF).format());
    }

    @Test
    void ocrOffSaysNothingIsMissing() {
        assertNull(new Ingestor(IngestOptions.defaults().withOcr(false).withTesseract("no-such-tesseract")).ocrUnavailable());
    }
}
