package gongkai.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Reads page images by their geometry: each PDF page is rendered at 300 dpi (a Word file's
 * pictures are taken as they are), and {@link PageOcr} reads it. Pages are rendered one at a
 * time, just before their OCR, so a long scan never holds more than one page image per core;
 * pages run on all cores, shared by every document this reader reads at once, and each page's
 * OCR is bounded in time. A document of more page images than {@link IngestOptions#maxOcrPages()}
 * is refused before any is read.
 */
final class OcrReader {

    static final int DPI = 300;
    /** Width of an A4 page in inches: a pasted-in scan fills it, which gives the picture's resolution. */
    private static final double A4_INCHES = 8.27;

    private final IngestOptions options;
    private final Tesseract tesseract;
    private final int psm;
    private final ThreadPoolExecutor pool;
    private List<String> languages;

    OcrReader(IngestOptions options) {
        this(options, 6);
    }

    /** @param psm Tesseract's page segmentation mode */
    OcrReader(IngestOptions options, int psm) {
        this.options = options;
        this.psm = psm;
        this.tesseract = new Tesseract(options.tesseract(), options.parseTimeout());
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        // idle threads end, so a reader that is dropped leaves nothing running
        this.pool = new ThreadPoolExecutor(cores, cores, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "gongkai-ocr");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    /** One page's work: render or decode the image, then read it. */
    @FunctionalInterface
    private interface PageTask {
        PageOcr.Result read(PageOcr reader) throws IOException, InterruptedException;
    }

    /** The given pages (0-based) of a PDF, read by OCR, in that order. */
    List<PageOcr.Result> readPdfPages(byte[] bytes, List<Integer> pages) throws IngestException {
        requireWithinLimit(pages.size());
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFRenderer renderer = new StrictRenderer(doc);
            List<PageTask> tasks = new ArrayList<>();
            for (int page : pages) {
                tasks.add(reader -> {
                    BufferedImage image;
                    // a PDF document is not thread-safe: pages render one at a time, and OCR overlaps
                    synchronized (renderer) {
                        image = render(renderer, doc.getPage(page), page);
                    }
                    return reader.read(image, DPI);
                });
            }
            return readAll(tasks, pages.stream().map(p -> "page " + (p + 1)).toList());
        } catch (IOException e) {
            throw new IngestException("damaged PDF: " + Ingestor.oneLine(e));
        }
    }

    /** Pictures (a Word file's pasted-in scans), each a page, read by OCR in this order. */
    List<PageOcr.Result> readImages(List<byte[]> images) throws IngestException {
        requireWithinLimit(images.size());
        List<PageTask> tasks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (byte[] bytes : images) {
            labels.add("picture " + (labels.size() + 1));
            tasks.add(reader -> {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
                if (image == null) throw new IOException("corrupt image: not a picture ImageIO can decode");
                return reader.read(image, (int) Math.max(72, Math.round(image.getWidth() / A4_INCHES)));
            });
        }
        return readAll(tasks, labels);
    }

    /**
     * A renderer that fails on an image it cannot decode. PDFBox logs such an image and draws the
     * page without it, which for a scan is a blank page: the reader would be told "blank" instead
     * of "corrupt image stream".
     */
    private static final class StrictRenderer extends PDFRenderer {
        StrictRenderer(PDDocument doc) {
            super(doc);
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
                    if ("Do".equals(operator.getName()) || "BI".equals(operator.getName())) {
                        throw new IOException("corrupt image stream: " + Ingestor.oneLine(e), e);
                    }
                    super.operatorException(operator, operands, e);
                }
            };
        }
    }

    private static BufferedImage render(PDFRenderer renderer, PDPage pdPage, int page) throws IOException {
        try {
            return ScanImage.render(renderer, pdPage, page, DPI);
        } catch (RuntimeException e) {
            throw new IOException("corrupt page image: " + Ingestor.oneLine(e), e);
        }
    }

    private void requireWithinLimit(int pages) throws IngestException {
        if (pages > options.maxOcrPages()) {
            throw new IngestException("too many page images for OCR: " + pages + " exceeds the limit of " + options.maxOcrPages()
                    + " (--max-ocr-pages)");
        }
    }

    /** Runs the pages on the pool, in order; the first page that fails fails the document, and the rest are stopped. */
    private List<PageOcr.Result> readAll(List<PageTask> tasks, List<String> labels) throws IngestException {
        PageOcr reader = new PageOcr(tesseract, psm, digitLanguage());
        List<Future<PageOcr.Result>> futures = new ArrayList<>();
        for (PageTask task : tasks) futures.add(pool.submit(() -> task.read(reader)));
        List<PageOcr.Result> out = new ArrayList<>();
        try {
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof OutOfMemoryError) throw new IngestException("OCR failed on " + labels.get(i) + ": out of memory");
                    throw new IngestException("OCR failed on " + labels.get(i) + ": " + Ingestor.oneLine(cause));
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("parse interrupted");
        } finally {
            // a failed or interrupted document stops its other pages' Tesseract runs
            for (Future<PageOcr.Result> f : futures) f.cancel(true);
        }
    }

    /**
     * Fails a scan whose pages gave no text, with the reason: blank pages, or pictures without print
     * (a photo filed among the reports).
     */
    static void requireText(List<PageOcr.Result> pages) throws IngestException {
        if (pages.stream().anyMatch(PageOcr.Result::hasText)) return;
        boolean noPrint = pages.stream().anyMatch(p -> p.kind() == PageOcr.Kind.NO_PRINT);
        throw new IngestException(PdfReader.NO_TEXT_LAYER + (noPrint
                ? " (OCR found no print: the page images hold no readable text, a photo rather than a report)"
                : " (OCR found no text: the page images are blank)"));
    }

    /** Null when OCR can run here; otherwise why not, in a few words. */
    String unavailable() {
        List<String> langs = languages();
        if (langs == null) return "OCR needs tesseract-ocr and tesseract-ocr-chi-sim installed: " + options.tesseract() + " does not run";
        if (!langs.contains("chi_sim")) return "OCR needs tesseract-ocr-chi-sim installed: Tesseract has no chi_sim model";
        return null;
    }

    /** Whether {@code tesseract} runs here and knows chi_sim; asked once per reader. */
    boolean tesseractAvailable() {
        return unavailable() == null;
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
