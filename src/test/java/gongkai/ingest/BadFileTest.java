package gongkai.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each bad file fails alone, with one line naming the reason. */
class BadFileTest {

    private static final Path PDF = Path.of("samples/real/淮安市洪泽区人民政府_2023.pdf");

    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    private static String failure(Ingestor ingestor, Path file) {
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(file));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    private String failure(Path file) {
        return failure(ingestor, file);
    }

    @Test
    void emptyFile() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.pdf"));
        assertEquals("empty file (0 bytes)", failure(file));
    }

    @Test
    void missingFile() {
        assertEquals("file not found", failure(dir.resolve("nothing.pdf")));
    }

    @Test
    void fileOverTheSizeLimitIsRefusedUnread() throws Exception {
        Path file = dir.resolve("huge.pdf");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(200L * 1024 * 1024);
        }
        assertEquals("file too large: 200.0 MB exceeds the limit of 100.0 MB", failure(file));
    }

    @Test
    void sizeLimitIsConfigurable() {
        Ingestor small = new Ingestor(IngestOptions.defaults().withMaxBytes(1000));
        assertTrue(failure(small, PDF).startsWith("file too large"));
    }

    @Test
    void truncatedPdf() throws Exception {
        byte[] bytes = Files.readAllBytes(PDF);
        Path file = dir.resolve("cut.pdf");
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals("truncated PDF: no %%EOF end marker", failure(file));
    }

    @Test
    void encryptedPdf() throws Exception {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            doc.save(file.toFile());
        }
        assertEquals("encrypted PDF: a password is required to open it", failure(file));
    }

    @Test
    void zipRenamedDocx() throws Exception {
        Path file = dir.resolve("report.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("report.txt"));
            zip.write("政府信息公开工作年度报告".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertEquals("not a Word document: a zip archive without Word content", failure(file));
    }

    @Test
    void randomBytesNamedPdf() throws Exception {
        byte[] noise = new byte[256 * 1024];
        new Random(7).nextBytes(noise);
        Path file = dir.resolve("noise.pdf");
        Files.write(file, noise);
        assertTrue(failure(file).startsWith("unrecognised content"));
    }

    @Test
    void pdfBombIsRefusedByPageCount() throws Exception {
        Path file = dir.resolve("bomb.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 10_000; i++) doc.addPage(new PDPage());
            doc.save(file.toFile());
        }
        assertEquals("too many pages: 10000 exceeds the limit of 1000", failure(file));
    }

    @Test
    void textOverTheCharacterLimitIsRefused() throws Exception {
        Ingestor tight = new Ingestor(IngestOptions.defaults().withMaxChars(500));
        assertEquals("text exceeds the limit of 500 characters", failure(tight, PDF));
    }

    @Test
    void characterLimitAlsoBoundsWordFiles() {
        Ingestor tight = new Ingestor(IngestOptions.defaults().withMaxChars(500));
        assertEquals("text exceeds the limit of 500 characters",
                failure(tight, Path.of("src/test/resources/fixtures/ingest/licheng-tjj-2020.docx")));
    }

    @Test
    void slowParseTimesOut() {
        Ingestor hasty = new Ingestor(IngestOptions.defaults().withParseTimeout(Duration.ofNanos(1)));
        assertTrue(failure(hasty, PDF).startsWith("parse timed out after"));
    }

    @Test
    void imageOnlyPdfHasNoTextLayer() throws Exception {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            image.getGraphics().drawString("2023", 20, 50);
            PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(xobject, 50, 500);
                // A page number is all the text a scan has: not enough to count as a text layer.
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(300, 30);
                content.showText("- 1 -");
                content.endText();
            }
            doc.save(file.toFile());
        }
        assertTrue(failure(file).startsWith("no text layer, figures not extracted"));
    }

    @Test
    void oneBadFileDoesNotSpoilTheNext() throws Exception {
        Path bad = Files.createFile(dir.resolve("empty.txt"));
        failure(bad);
        assertEquals("pdf", ingestor.read(PDF).format());
    }
}
