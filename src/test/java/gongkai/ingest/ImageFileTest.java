package gongkai.ingest;

import gongkai.extract.ReportExtractor;
import gongkai.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scan saved as an image file (JPEG, PNG, a multi-page TIFF) is read by OCR as a scanned PDF is. */
class ImageFileTest {

    private static final Path TEXT_PDF = Path.of("samples/real/淮安市人民政府_2024.pdf");
    @TempDir
    Path dir;
    private final ReportExtractor extractor = ReportExtractor.standard();

    private static void write(BufferedImage image, String format, Path out, float jpegQuality) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream os = ImageIO.createImageOutputStream(Files.newOutputStream(out))) {
            writer.setOutput(os);
            ImageWriteParam p = writer.getDefaultWriteParam();
            if (jpegQuality > 0) {
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionQuality(jpegQuality);
            }
            writer.write(null, new IIOImage(image, null, null), p);
        } finally {
            writer.dispose();
        }
    }

    /** A multi-page TIFF, one frame a page, compressed as scanners store them. */
    private static Path tiff(Path out, List<BufferedImage> pages) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream os = ImageIO.createImageOutputStream(Files.newOutputStream(out))) {
            writer.setOutput(os);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionType("Deflate");
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) writer.writeToSequence(new IIOImage(page, null, null), p);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out;
    }

    private static String failure(Ingestor ingestor, Path file) {
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(file));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void multiPageTiffScanGivesTheReportsFiguresAndNoWrongOne() throws Exception {
        // the title, and tables 3 and 4 (pages 4 and 5), each a frame, at 300 dpi
        Path scan = tiff(dir.resolve("scan.tif"), List.of(
                ScanFiles.render(TEXT_PDF, 0, 0, 0.3, 300), ScanFiles.render(TEXT_PDF, 3, 0.42, 0.94, 300), ScanFiles.render(TEXT_PDF, 4, 0, 0.85, 300)));
        SourceText src = new Ingestor(IngestOptions.defaults().withOcr(true)).read(scan);
        assertEquals("tiff", src.format());
        Report report = extractor.extract(src);
        assertTrue(report.ocr());
        assertEquals("淮安市人民政府", report.agency());
        assertEquals(2024, report.year());
        assertTrue(report.figures().size() > 150, "figures read: " + report.figures().size());
        Map<String, BigDecimal> text = extractor.extract(new Ingestor().read(TEXT_PDF)).figures();
        long wrong = report.figures().entrySet().stream().filter(e -> !e.getKey().startsWith("rate."))
                .filter(e -> text.get(e.getKey()) == null || text.get(e.getKey()).compareTo(e.getValue()) != 0).count();
        assertEquals(0, wrong, "figures the scan gives that the text layer does not");
        // read from the report's table 3: 本年新收 3001 … 3119, 予以公开 1288, 总计 … 3050
        assertEquals(new BigDecimal("3001"), report.figures().get("apply.new.person"));
        assertEquals(new BigDecimal("3119"), report.figures().get("apply.new.total"));
        assertEquals(new BigDecimal("1288"), report.figures().get("apply.granted.person"));
        assertEquals(new BigDecimal("3050"), report.figures().get("apply.total.total"));
    }

    @Test
    void jpegScanOfTheFirstPageGivesAgencyAndYear() throws Exception {
        Path scan = dir.resolve("title.jpg");
        write(ScanFiles.render(TEXT_PDF, 0, 0, 0.3, 200), "jpeg", scan, 0.75f);
        SourceText src = new Ingestor(IngestOptions.defaults().withOcr(true)).read(scan);
        assertEquals("jpg", src.format());
        assertTrue(src.ocr());
        Report report = extractor.extract(src);
        assertEquals("淮安市人民政府", report.agency());
        assertEquals(2024, report.year());
    }

    @Test
    void imageFileWithOcrOffIsRefusedWithTheReason() throws Exception {
        Path scan = dir.resolve("title.png");
        write(ScanFiles.render(TEXT_PDF, 0, 0, 0.3, 100), "png", scan, 0);
        assertEquals("no text layer, figures not extracted (image file; OCR is off)", failure(new Ingestor(), scan));
    }

    @Test
    void imageFileWithoutTesseractNamesWhatIsMissing() throws Exception {
        Path scan = dir.resolve("title.png");
        write(ScanFiles.render(TEXT_PDF, 0, 0, 0.3, 100), "png", scan, 0);
        Ingestor without = new Ingestor(IngestOptions.defaults().withOcr(true).withTesseract(dir.resolve("no-such-tesseract").toString()));
        String reason = failure(without, scan);
        assertTrue(reason.startsWith("no text layer, figures not extracted (image file; OCR needs tesseract-ocr and tesseract-ocr-chi-sim installed"), reason);
    }

    @Test
    void corruptImageFileFailsWithOneLine() throws Exception {
        byte[] bytes = new byte[20_000];
        new Random(5).nextBytes(bytes);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(png, 0, bytes, 0, png.length);
        Path broken = Files.write(dir.resolve("broken.png"), bytes);
        String reason = failure(new Ingestor(IngestOptions.defaults().withOcr(true)), broken);
        assertTrue(reason.contains("corrupt image"), reason);
    }
}
