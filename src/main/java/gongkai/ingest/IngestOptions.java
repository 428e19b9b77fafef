package gongkai.ingest;

import java.time.Duration;

/**
 * Limits and switches for reading files. The limits keep one bad file (a bomb, a huge dump, a
 * parser that spins) from costing the rest of a folder: each is checked before or while parsing.
 *
 * @param maxBytes     files larger than this are rejected by size, without being read
 * @param parseTimeout a parse that runs longer is abandoned; for a scan, each page's OCR run has this limit
 * @param maxChars     text longer than this is rejected (guards against decompression bombs)
 * @param maxPages     PDFs with more pages are rejected before their text is read
 * @param ocr          read image-only PDFs with Tesseract (chi_sim) when it is installed
 */
public record IngestOptions(long maxBytes, Duration parseTimeout, int maxChars, int maxPages, boolean ocr) {

    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_CHARS = 20_000_000;
    public static final int DEFAULT_MAX_PAGES = 1000;

    public IngestOptions {
        if (maxBytes <= 0 || maxChars <= 0 || maxPages <= 0) throw new IllegalArgumentException("limits must be positive");
        if (parseTimeout.isNegative() || parseTimeout.isZero()) throw new IllegalArgumentException("parse timeout must be positive");
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES, DEFAULT_PARSE_TIMEOUT, DEFAULT_MAX_CHARS, DEFAULT_MAX_PAGES, false);
    }

    public IngestOptions withMaxBytes(long bytes) {
        return new IngestOptions(bytes, parseTimeout, maxChars, maxPages, ocr);
    }

    public IngestOptions withParseTimeout(Duration timeout) {
        return new IngestOptions(maxBytes, timeout, maxChars, maxPages, ocr);
    }

    public IngestOptions withMaxChars(int chars) {
        return new IngestOptions(maxBytes, parseTimeout, chars, maxPages, ocr);
    }

    public IngestOptions withMaxPages(int pages) {
        return new IngestOptions(maxBytes, parseTimeout, maxChars, pages, ocr);
    }

    public IngestOptions withOcr(boolean on) {
        return new IngestOptions(maxBytes, parseTimeout, maxChars, maxPages, on);
    }
}
