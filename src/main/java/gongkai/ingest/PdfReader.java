package gongkai.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Reads a PDF's text layer with PDFBox, in position order with cells tab-separated (see
 * {@link PdfLayoutStripper}). Refuses truncated, encrypted and oversized documents, and tells
 * an image-only scan apart: fewer than {@value #MIN_CHARS_PER_PAGE} visible characters per page
 * on average means there is no text layer worth reading.
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
     * The PDF's text layer, or null when it has too little text to be anything but a scan: then
     * {@link #readScan} reads it. The two are apart because the caller bounds the text layer by
     * the whole-file parse time, while OCR is bounded page by page (each Tesseract run by the
     * same limit): a scan of many pages legitimately takes longer than one parse.
     */
    Read readTextLayer(byte[] bytes) throws IngestException {
        if (!hasEndMarker(bytes)) throw new IngestException("truncated PDF: no %%EOF end marker");
        int pages;
        String text;
        long visible;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            pages = doc.getNumberOfPages();
            if (pages == 0) throw new IngestException("PDF has no pages");
            if (pages > options.maxPages()) {
                throw new IngestException("too many pages: " + pages + " exceeds the limit of " + options.maxPages());
            }
            PdfLayoutStripper stripper = new PdfLayoutStripper(options.maxChars());
            StringWriter out = new StringWriter();
            stripper.writeText(doc, out);
            text = out.toString();
            visible = stripper.visibleChars();
        } catch (InvalidPasswordException e) {
            throw new IngestException("encrypted PDF: a password is required to open it");
        } catch (PdfLayoutStripper.TextLimitException e) {
            throw new IngestException(e.getMessage());
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) throw new IngestException("parse interrupted");
            throw new IngestException("damaged PDF: " + Ingestor.oneLine(e));
        }
        if (visible < (long) MIN_CHARS_PER_PAGE * pages) {
            if (!options.ocr()) throw new IngestException(NO_TEXT_LAYER + " (image-only PDF; OCR is off)");
            return null;
        }
        // A page number between two halves of a table would read as a row of the table.
        return Read.text(PAGE_NUMBER.matcher(text).replaceAll(""));
    }

    /** A scan's text, read by OCR page by page. */
    Read readScan(byte[] bytes) throws IngestException {
        return new Read(PAGE_NUMBER.matcher(ocr.readScannedPdf(bytes)).replaceAll(""), true);
    }

    /** A complete PDF ends with %%EOF within its last kilobyte; a cut-off download does not. */
    private static boolean hasEndMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }
}
