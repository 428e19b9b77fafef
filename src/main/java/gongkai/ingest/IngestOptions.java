package gongkai.ingest;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Limits and switches for reading files. The limits keep one bad file (a bomb, a huge dump, a
 * parser that spins) from costing the rest of a folder: each is checked before or while parsing.
 *
 * @param maxBytes     files larger than this are rejected by size, without being read
 * @param parseTimeout a parse that runs longer is abandoned; for a scan, each page's OCR has this limit
 * @param maxChars     text longer than this is rejected (guards against decompression bombs)
 * @param maxPages     PDFs with more pages are rejected before their text is read
 * @param ocr          read image-only pages (scanned PDFs, Word files of pasted-in scans) with Tesseract (chi_sim) when it is installed
 * @param tesseract    the Tesseract program, a name on the PATH or a path
 * @param maxOcrPages  documents with more page images than this are refused before any is read:
 *                     at several seconds a page, a 300-page scan would hold up a folder for half an hour
 */
public record IngestOptions(long maxBytes, Duration parseTimeout, int maxChars, int maxPages, boolean ocr,
                            String tesseract, int maxOcrPages) {

    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_CHARS = 20_000_000;
    public static final int DEFAULT_MAX_PAGES = 1000;
    public static final String DEFAULT_TESSERACT = "tesseract";
    /** Annual reports run to 5-40 pages; a scan of more than this is a compilation, not one report. */
    public static final int DEFAULT_MAX_OCR_PAGES = 100;

    public IngestOptions {
        if (maxBytes <= 0 || maxChars <= 0 || maxPages <= 0 || maxOcrPages <= 0) throw new IllegalArgumentException("limits must be positive");
        if (parseTimeout.isNegative() || parseTimeout.isZero()) throw new IllegalArgumentException("parse timeout must be positive");
        if (tesseract == null || tesseract.isBlank()) throw new IllegalArgumentException("the tesseract command must be named");
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES, DEFAULT_PARSE_TIMEOUT, DEFAULT_MAX_CHARS, DEFAULT_MAX_PAGES, false,
                DEFAULT_TESSERACT, DEFAULT_MAX_OCR_PAGES);
    }

    public IngestOptions withMaxBytes(long bytes) {
        return with(d -> d.maxBytes = bytes);
    }

    public IngestOptions withParseTimeout(Duration timeout) {
        return with(d -> d.parseTimeout = timeout);
    }

    public IngestOptions withMaxChars(int chars) {
        return with(d -> d.maxChars = chars);
    }

    public IngestOptions withMaxPages(int pages) {
        return with(d -> d.maxPages = pages);
    }

    public IngestOptions withOcr(boolean on) {
        return with(d -> d.ocr = on);
    }

    public IngestOptions withTesseract(String command) {
        return with(d -> d.tesseract = command);
    }

    public IngestOptions withMaxOcrPages(int pages) {
        return with(d -> d.maxOcrPages = pages);
    }

    /** A copy with one change, checked as a whole by the constructor. */
    private IngestOptions with(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new IngestOptions(d.maxBytes, d.parseTimeout, d.maxChars, d.maxPages, d.ocr, d.tesseract, d.maxOcrPages);
    }

    /**
     * The fields of a copy while one is changed: each wither names only its own field, so that a
     * new option is added in two places (here and the record), not in every wither.
     */
    private static final class Draft {
        long maxBytes;
        Duration parseTimeout;
        int maxChars;
        int maxPages;
        boolean ocr;
        String tesseract;
        int maxOcrPages;

        Draft(IngestOptions o) {
            maxBytes = o.maxBytes;
            parseTimeout = o.parseTimeout;
            maxChars = o.maxChars;
            maxPages = o.maxPages;
            ocr = o.ocr;
            tesseract = o.tesseract;
            maxOcrPages = o.maxOcrPages;
        }
    }
}
