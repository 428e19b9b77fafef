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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeoutException;
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
 * is refused before any is read. A page's rendering (or its image's decoding) counts against the
 * same bound as its OCR.
 */
final class OcrReader {

    static final int DPI = 300;
    /** Width of an A4 page in inches: a pasted-in scan fills it, which gives the picture's resolution. */
    private static final double A4_INCHES = 8.27;

    private final IngestOptions options;
    private final Tesseract tesseract;
    private final int psm;
    private final ThreadPoolExecutor pool;
    /** Renderings and image decodings, each on a thread of its own so that its page can give it up. */
    private final ThreadPoolExecutor renderPool;
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
        this.renderPool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "gongkai-render");
            t.setDaemon(true);
            return t;
        });
    }

    /** One page's work: render or decode the image, then read it, all by the page's deadline ({@code page}). */
    @FunctionalInterface
    private interface PageTask {
        PageOcr.Result read(PageOcr reader, Tesseract page) throws IOException, InterruptedException;
    }

    /** The given pages (0-based) of a PDF, read by OCR, in that order. */
    List<PageOcr.Result> readPdfPages(byte[] bytes, List<Integer> pages) throws IngestException {
        requireWithinLimit(pages.size());
        PDDocument doc;
        try {
            doc = Loader.loadPDF(bytes);
        } catch (IOException e) {
            throw new IngestException("damaged PDF: " + Ingestor.oneLine(e));
        }
        PDFRenderer renderer = new StrictRenderer(doc);
        try {
            List<PageTask> tasks = new ArrayList<>();
            for (int page : pages) {
                tasks.add((reader, deadline) -> {
                    BufferedImage image = bounded(() -> {
                        // a PDF document is not thread-safe: pages render one at a time, and OCR overlaps
                        synchronized (renderer) {
                            return render(renderer, doc.getPage(page), page);
                        }
                    }, deadline, "rendering");
                    return reader.read(image, DPI, deadline);
                });
            }
            return readAll(tasks, pages.stream().map(p -> "page " + (p + 1)).toList());
        } finally {
            // a rendering given up may still run: the document is closed once it ends, not under it
            renderPool.execute(() -> {
                synchronized (renderer) {
                    try {
                        doc.close();
                    } catch (IOException e) {
                        // nothing was written; closing only frees the parsed document
                    }
                }
            });
        }
    }

    /** Pictures (a Word file's pasted-in scans), each a page, read by OCR in this order. */
    List<PageOcr.Result> readImages(List<byte[]> images) throws IngestException {
        requireWithinLimit(images.size());
        List<PageTask> tasks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (byte[] bytes : images) {
            labels.add("picture " + (labels.size() + 1));
            tasks.add((reader, deadline) -> {
                BufferedImage image = bounded(() -> ImageIO.read(new ByteArrayInputStream(bytes)), deadline, "decoding the picture");
                if (image == null) throw new IOException("corrupt image: not a picture ImageIO can decode");
                return reader.read(image, a4Dpi(image), deadline);
            });
        }
        return readAll(tasks, labels);
    }

    /**
     * The pages of an image file (JPEG, PNG, TIFF, a multi-page TIFF one page per frame), read by
     * OCR as the pages of a scanned PDF are. A page's resolution is the one the file records,
     * else that of a page filling an A4 sheet.
     */
    List<PageOcr.Result> readImageFile(byte[] bytes) throws IngestException {
        int frames;
        try {
            frames = bounded(() -> ImagePages.count(bytes), tesseract.forPage(), "reading the image file");
        } catch (IOException e) {
            throw new IngestException(Ingestor.oneLine(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("parse interrupted");
        }
        requireWithinLimit(frames);
        List<PageTask> tasks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            int frame = i;
            labels.add("page " + (i + 1));
            tasks.add((reader, deadline) -> {
                ImagePages.Page page = bounded(() -> {
                    ImagePages.Page decoded = ImagePages.decode(bytes, frame);
                    int own = decoded.dpi() >= 72 ? decoded.dpi() : a4Dpi(decoded.image());
                    return own >= DPI * 0.95 ? new ImagePages.Page(decoded.image(), own)
                            : new ImagePages.Page(ScanImage.atDpi(decoded.image(), own, DPI), DPI);
                }, deadline, "decoding the image");
                return reader.read(page.image(), page.dpi(), deadline);
            });
        }
        return readAll(tasks, labels);
    }

    private static int a4Dpi(BufferedImage image) {
        return (int) Math.max(72, Math.round(image.getWidth() / A4_INCHES));
    }

    /**
     * Runs a page's rendering or image decoding on a thread of its own, and gives it up when the
     * page's deadline passes: PDFBox and ImageIO cannot be told to stop, and a page whose image
     * takes too long must fail with its reason instead of holding up the document (and, since
     * pages render one at a time, the document's other pages).
     */
    private <T> T bounded(Callable<T> work, Tesseract page, String what) throws IOException, InterruptedException {
        Future<T> f = renderPool.submit(work);
        try {
            long left = page.nanosLeft();
            if (left <= 0) throw new TimeoutException();
            return f.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new IOException(what + " took longer than " + Tesseract.describe(options.parseTimeout()));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof OutOfMemoryError oom) throw oom;
            throw new IOException("corrupt page image: " + Ingestor.oneLine(cause), cause);
        } finally {
            // a page given up, failed or interrupted leaves nothing waiting to run for it
            f.cancel(true);
        }
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
        PageOcr reader = new PageOcr(psm, digitLanguage());
        List<Future<PageOcr.Result>> futures = new ArrayList<>();
        // a page's clock starts when its work does: rendering and OCR share the page's bound
        for (PageTask task : tasks) futures.add(pool.submit(() -> task.read(reader, tesseract.forPage())));
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
