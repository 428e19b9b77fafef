package gongkai.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Reads image-only PDFs by their geometry: each page is rendered at 300 dpi, Tesseract (chi_sim)
 * gives its words with boxes and confidences, and {@link OcrLayout} rebuilds the lines and table
 * cells from where the words stand. Pages run on two threads; each page's OCR is bounded in time.
 */
final class OcrReader {

    static final int DPI = 300;
    private static final int THREADS = 2;

    private final IngestOptions options;
    private Boolean available;

    OcrReader(IngestOptions options) {
        this.options = options;
    }

    String readScannedPdf(byte[] bytes) throws IngestException {
        if (!tesseractAvailable()) {
            throw new IngestException(PdfReader.NO_TEXT_LAYER + " (OCR needs tesseract-ocr and tesseract-ocr-chi-sim installed)");
        }
        List<BufferedImage> images = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) images.add(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY));
        } catch (IOException | RuntimeException e) {
            throw new IngestException("OCR failed: unreadable page image: " + Ingestor.oneLine(e));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> pages = new ArrayList<>();
            for (BufferedImage image : images) pages.add(pool.submit(() -> ocrPage(image)));
            StringBuilder text = new StringBuilder();
            for (Future<String> page : pages) text.append(page.get()).append('\n');
            if (text.toString().isBlank()) throw new IngestException(PdfReader.NO_TEXT_LAYER + " (OCR found no text)");
            return text.toString();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IngestException("OCR failed: " + Ingestor.oneLine(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("parse interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    private String ocrPage(BufferedImage image) throws IOException, InterruptedException {
        Path png = Files.createTempFile("gongkai-ocr", ".png");
        try {
            ImageIO.write(image, "png", png.toFile());
            Process p = new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", "chi_sim", "--psm", "6",
                    "-c", "preserve_interword_spaces=1", "tsv").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(Math.max(1, options.parseTimeout().toSeconds()), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("page OCR took longer than " + options.parseTimeout().toSeconds() + " s");
            }
            List<OcrWord> words = new ArrayList<>();
            for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
                OcrWord w = OcrWord.fromTsv(line);
                if (w != null) words.add(w);
            }
            return OcrLayout.lines(words);
        } finally {
            Files.deleteIfExists(png);
        }
    }

    /** Whether {@code tesseract} runs here and knows chi_sim; asked once per reader. */
    synchronized boolean tesseractAvailable() {
        if (available == null) available = probeTesseract();
        return available;
    }

    private static boolean probeTesseract() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && out.contains("chi_sim");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
