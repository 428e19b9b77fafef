package gongkai.bench;

import gongkai.extract.ReportExtractor;
import gongkai.ingest.IngestException;
import gongkai.ingest.IngestOptions;
import gongkai.ingest.Ingestor;
import gongkai.report.Report;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * OCR's speed beside the text layer's, on the same reports in the same run: each text PDF is
 * rendered page by page at 300 dpi into an image-only PDF (a clean scan), then read three ways —
 * its text layer; its scan one page at a time (seconds per page, one Tesseract at a time); its
 * whole scan at once (pages on every core: pages per second). The scan's figures are compared
 * with the text layer's, so a faster OCR that reads less shows as such.
 *
 * @param reports      the text PDFs measured
 * @param pages        pages of the scans OCR'd
 * @param textSeconds  seconds per page of the text layer (ingest and extract), the baseline
 * @param ocrSeconds   seconds per page of OCR, one page at a time
 * @param pagesPerSecond pages per second of OCR with the pages on all cores
 * @param cores        the cores OCR ran on
 * @param figures      figures the text layers give
 * @param same         of those, figures the scans gave alike
 * @param wrong        figures the scans gave that differ from the text layer's
 */
public record OcrBench(int reports, int pages, double textSeconds, double ocrSeconds, double pagesPerSecond, int cores,
                       int figures, int same, int wrong) {

    private static final int DPI = 300;
    /** Text-layer reads per report, after one warm-up: it takes milliseconds, OCR seconds. */
    private static final int TEXT_ROUNDS = 5;

    /** Measures the given text PDFs; scans are written under {@code work}. */
    public static OcrBench run(List<Path> textPdfs, Path work, java.io.PrintStream log) throws IOException, IngestException {
        Files.createDirectories(work);
        Ingestor text = new Ingestor(IngestOptions.defaults());
        Ingestor ocr = new Ingestor(IngestOptions.defaults().withOcr(true));
        String missing = ocr.ocrUnavailable();
        if (missing != null) throw new IngestException("cannot measure OCR: " + missing);
        ReportExtractor extractor = ReportExtractor.standard();
        int pages = 0, figures = 0, same = 0, wrong = 0;
        double textTotal = 0, ocrOneAtATime = 0, ocrAllCores = 0;
        for (Path pdf : textPdfs) {
            Report layer = extractor.extract(text.read(pdf));
            long t0 = System.nanoTime();
            for (int i = 0; i < TEXT_ROUNDS; i++) extractor.extract(text.read(pdf));
            double textSeconds = (System.nanoTime() - t0) / 1e9 / TEXT_ROUNDS;
            String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
            List<Path> singles = scanPages(pdf, work, name);
            Path whole = joined(pdf, work.resolve(name + ".scan.pdf"));
            long t1 = System.nanoTime();
            for (Path page : singles) {
                // a page without text (a blank back page) fails; its time still counts
                try {
                    ocr.read(page);
                } catch (IngestException e) {
                    log.println("  " + page.getFileName() + ": " + e.getMessage());
                }
            }
            double one = (System.nanoTime() - t1) / 1e9;
            long t2 = System.nanoTime();
            Report scan = extractor.extract(ocr.read(whole));
            double all = (System.nanoTime() - t2) / 1e9;
            int n = singles.size();
            log.printf(Locale.ROOT, "  %s: %d pages, text layer %.3f s, OCR %.1f s a page one at a time, %.1f s all pages at once%n",
                    name, n, textSeconds, one / n, all);
            pages += n;
            textTotal += textSeconds;
            ocrOneAtATime += one;
            ocrAllCores += all;
            for (Map.Entry<String, BigDecimal> e : layer.figures().entrySet()) {
                if (e.getKey().startsWith("rate.")) continue;
                figures++;
                BigDecimal v = scan.figures().get(e.getKey());
                if (v != null && v.compareTo(e.getValue()) == 0) same++;
            }
            for (Map.Entry<String, BigDecimal> e : scan.figures().entrySet()) {
                if (e.getKey().startsWith("rate.")) continue;
                BigDecimal v = layer.figures().get(e.getKey());
                if (v == null || v.compareTo(e.getValue()) != 0) wrong++;
            }
        }
        return new OcrBench(textPdfs.size(), pages, textTotal / pages, ocrOneAtATime / pages, pages / ocrAllCores,
                Runtime.getRuntime().availableProcessors(), figures, same, wrong);
    }

    /** The figures as a short table. */
    public String table() {
        return String.format(Locale.ROOT, """
                OCR beside the text layer (%d reports, %d pages, 300-dpi clean scans made from their text PDFs)
                  text layer        %8.3f s a page (ingest and extract)
                  OCR, one page     %8.2f s a page  (%.0f times the text layer)
                  OCR, %d cores      %8.3f pages a second (%.2f s a page)
                  figures           %d of the text layers' %d read alike from the scans (%.1f%%), %d different
                """, reports, pages, textSeconds, ocrSeconds, ocrSeconds / textSeconds, cores, pagesPerSecond,
                1 / pagesPerSecond, same, figures, figures == 0 ? 0 : 100.0 * same / figures, wrong);
    }

    /** Each page of the PDF as a one-page scan. */
    private static List<Path> scanPages(Path pdf, Path work, String name) throws IOException {
        List<Path> out = new ArrayList<>();
        try (PDDocument src = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFRenderer renderer = new PDFRenderer(src);
            for (int i = 0; i < src.getNumberOfPages(); i++) {
                Path page = work.resolve(name + ".page" + (i + 1) + ".pdf");
                try (PDDocument dst = new PDDocument()) {
                    addImagePage(dst, renderer.renderImageWithDPI(i, DPI, ImageType.RGB), src.getPage(i).getMediaBox());
                    dst.save(page.toFile());
                }
                out.add(page);
            }
        }
        return out;
    }

    /** The whole PDF as one scan. */
    private static Path joined(Path pdf, Path out) throws IOException {
        try (PDDocument src = Loader.loadPDF(Files.readAllBytes(pdf)); PDDocument dst = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(src);
            for (int i = 0; i < src.getNumberOfPages(); i++) {
                addImagePage(dst, renderer.renderImageWithDPI(i, DPI, ImageType.RGB), src.getPage(i).getMediaBox());
            }
            dst.save(out.toFile());
        }
        return out;
    }

    private static void addImagePage(PDDocument dst, BufferedImage image, PDRectangle box) throws IOException {
        PDPage page = new PDPage(box);
        dst.addPage(page);
        PDImageXObject img = LosslessFactory.createFromImage(dst, image);
        try (PDPageContentStream cs = new PDPageContentStream(dst, page)) {
            cs.drawImage(img, 0, 0, box.getWidth(), box.getHeight());
        }
    }
}
