package gongkai.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a PDF's text layer with PDFBox, in position order with cells tab-separated (see
 * {@link PdfLayoutStripper}). Refuses truncated, encrypted and oversized documents, and tells
 * image pages apart: a page with fewer than {@value #MIN_CHARS_PER_PAGE} visible characters that
 * holds an image is a scanned page, read by OCR when it is on; every other page keeps its text
 * layer, so a mixed PDF (a typed cover, scanned tables) reads in page order as one report. A PDF
 * averaging fewer than that many characters a page is a scan throughout.
 */
final class PdfReader {

    static final String NO_TEXT_LAYER = "no text layer, figures not extracted";
    private static final int MIN_CHARS_PER_PAGE = 20;
    /** Page furniture: a page number alone on its line (- 3 -, —3—, 第3页, 3/5). */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?m)^[ \\t]*(?:[-—–－]\\s*\\d{1,4}\\s*[-—–－]|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4})[ \\t]*\\n");

    private final IngestOptions options;
    private final OcrReader ocr;

    PdfReader(IngestOptions options, OcrReader ocr) {
        this.options = options;
        this.ocr = ocr;
    }

    /** A PDF's text, and whether OCR read it. */
    record Read(String text, boolean ocr) {
        static Read text(String text) {
            return new Read(text, false);
        }
    }

    /**
     * A PDF's text layer page by page, and the pages (0-based) that are images to be read by OCR.
     * Empty {@code imagePages} means the text layer is the report; {@code thin} that it averages
     * too few characters a page to stand for the report alone.
     */
    record Layer(List<String> pages, List<Integer> imagePages, boolean thin) {
    }

    /**
     * The PDF's text layer and its image pages, for {@link #read}. The two are apart because the
     * caller bounds the text layer by the whole-file parse time, while OCR is bounded page by page:
     * a scan of many pages legitimately takes longer than one parse.
     */
    Layer readTextLayer(byte[] bytes) throws IngestException {
        if (!hasEndMarker(bytes)) throw new IngestException("truncated PDF: no %%EOF end marker");
        PdfLayoutStripper.Pages text;
        List<Integer> imagePages = new ArrayList<>();
        boolean scan;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) throw new IngestException("PDF has no pages");
            if (pages > options.maxPages()) {
                throw new IngestException("too many pages: " + pages + " exceeds the limit of " + options.maxPages());
            }
            text = new PdfLayoutStripper(options.maxChars()).pages(doc);
            long visible = text.visible().stream().mapToLong(Long::longValue).sum();
            scan = visible < (long) MIN_CHARS_PER_PAGE * pages;
            for (int i = 0; i < pages && i < text.visible().size(); i++) {
                if (text.visible().get(i) < MIN_CHARS_PER_PAGE && (scan || hasImage(doc.getPage(i)))) imagePages.add(i);
            }
            if (scan && !options.ocr()) throw new IngestException(NO_TEXT_LAYER + " (image-only PDF; OCR is off)");
            // with OCR off, a mixed PDF keeps its text pages, as a PDF with a text layer always has
            if (!options.ocr()) imagePages.clear();
        } catch (InvalidPasswordException e) {
            throw new IngestException("encrypted PDF: a password is required to open it");
        } catch (PdfLayoutStripper.TextLimitException e) {
            throw new IngestException(e.getMessage());
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) throw new IngestException("parse interrupted");
            throw new IngestException("damaged PDF: " + Ingestor.oneLine(e));
        }
        return new Layer(text.texts(), imagePages, scan);
    }

    /** The report's text: the text layer, with the image pages read by OCR in their place. */
    Read read(Layer layer, byte[] bytes) throws IngestException {
        if (layer.imagePages().isEmpty()) return Read.text(withoutPageNumbers(String.join("", layer.pages())));
        String missing = ocr.unavailable();
        if (missing != null) {
            if (layer.thin()) throw new IngestException(NO_TEXT_LAYER + " (" + missing + ")");
            // a few image pages among many text pages: the text layer is read as before OCR was on
            return Read.text(withoutPageNumbers(String.join("", layer.pages())));
        }
        List<PageOcr.Result> read = ocr.readPdfPages(bytes, layer.imagePages());
        if (layer.thin()) OcrReader.requireText(read);
        List<String> pages = new ArrayList<>(layer.pages());
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).hasText()) pages.set(layer.imagePages().get(i), read.get(i).text() + "\n");
        }
        return new Read(withoutPageNumbers(String.join("", pages)), true);
    }

    /** A page number between two halves of a table would read as a row of the table. */
    static String withoutPageNumbers(String text) {
        return PAGE_NUMBER.matcher(text).replaceAll("");
    }

    /** Whether a page draws an image, itself or inside one level of form: a scanned page does. */
    private static boolean hasImage(PDPage page) throws IOException {
        return hasImage(page.getResources(), 2);
    }

    private static boolean hasImage(PDResources resources, int depth) throws IOException {
        if (resources == null || depth == 0) return false;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) return true;
            if (x instanceof PDFormXObject form && hasImage(form.getResources(), depth - 1)) return true;
        }
        return false;
    }

    /** A complete PDF ends with %%EOF within its last kilobyte; a cut-off download does not. */
    private static boolean hasEndMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }
}
