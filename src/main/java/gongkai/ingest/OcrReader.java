package gongkai.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
    private final int psm;
    private final Tesseract tesseract;
    private List<String> languages;

    OcrReader(IngestOptions options) {
        this(options, 6);
    }

    /** @param psm Tesseract's page segmentation mode */
    OcrReader(IngestOptions options, int psm) {
        this.options = options;
        this.psm = psm;
        this.tesseract = new Tesseract("tesseract", options.parseTimeout());
    }

    String readScannedPdf(byte[] bytes) throws IngestException {
        if (!tesseractAvailable()) {
            throw new IngestException(PdfReader.NO_TEXT_LAYER + " (OCR needs tesseract-ocr and tesseract-ocr-chi-sim installed)");
        }
        List<BufferedImage> images = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) images.add(ScanImage.render(renderer, doc.getPage(i), i, DPI));
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

    private String ocrPage(BufferedImage rendered) throws IOException, InterruptedException {
        BufferedImage grey = ScanImage.greyWithoutRed(rendered);
        double skew = ScanImage.skewAngle(grey);
        if (skew != 0) grey = ScanImage.rotate(grey, -skew);
        // a line must be longer than a large character's stroke: 1 cm at the rendered resolution
        RulingLines lines = RulingLines.findAndErase(grey, DPI * 10 / 25);
        List<OcrWord> words = tesseract.words(grey, "chi_sim", psm);
        return OcrLayout.page(words, lines, grey, new DigitPass(tesseract, digitLanguage()));
    }

    /** Whether {@code tesseract} runs here and knows chi_sim; asked once per reader. */
    boolean tesseractAvailable() {
        List<String> langs = languages();
        return langs != null && langs.contains("chi_sim");
    }

    /** The digits pass reads best with the Latin model, installed with Tesseract itself; chi_sim otherwise. */
    private String digitLanguage() {
        List<String> langs = languages();
        return langs != null && langs.contains("eng") ? "eng" : "chi_sim";
    }

    private synchronized List<String> languages() {
        if (languages == null) {
            List<String> found = tesseract.languages();
            languages = found == null ? List.of() : List.copyOf(found);
        }
        return languages.isEmpty() ? null : languages;
    }
}
