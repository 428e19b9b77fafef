package gongkai.cli;

import gongkai.ingest.IngestOptions;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How {@code extract} and {@code index} read files: the limits of one file, and OCR for scanned pages. */
final class ReadingOptions {

    @Option(names = "--ocr", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Read image-only (scanned) pages with Tesseract OCR when tesseract-ocr and tesseract-ocr-chi-sim are installed; --no-ocr turns it off (default: on).")
    boolean ocr = true;

    @Option(names = "--max-size-mb", paramLabel = "MB", description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxSizeMb = IngestOptions.DEFAULT_MAX_BYTES / (1024 * 1024);

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Give up parsing one file after this long (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = IngestOptions.DEFAULT_PARSE_TIMEOUT.toSeconds();

    @Option(names = "--tesseract", paramLabel = "PROGRAM", description = "The Tesseract program OCR runs (default: ${DEFAULT-VALUE}, found on the PATH).")
    String tesseract = IngestOptions.DEFAULT_TESSERACT;

    @Option(names = "--max-ocr-pages", paramLabel = "N",
            description = "Refuse a scan of more page images than this, before OCR reads any (default: ${DEFAULT-VALUE}).")
    int maxOcrPages = IngestOptions.DEFAULT_MAX_OCR_PAGES;

    IngestOptions ingest() {
        if (maxSizeMb < 1) throw new IllegalArgumentException("--max-size-mb must be at least 1, not " + maxSizeMb);
        if (timeoutSeconds < 1) throw new IllegalArgumentException("--timeout must be at least 1 second, not " + timeoutSeconds);
        if (maxOcrPages < 1) throw new IllegalArgumentException("--max-ocr-pages must be at least 1, not " + maxOcrPages);
        return IngestOptions.defaults()
                .withMaxBytes(maxSizeMb * 1024 * 1024)
                .withParseTimeout(Duration.ofSeconds(timeoutSeconds))
                .withOcr(ocr)
                .withTesseract(tesseract)
                .withMaxOcrPages(maxOcrPages);
    }

    /** What a command says once at its start when scans cannot be read. */
    static String ocrMissing(String reason) {
        return "scanned pages will not be read: " + reason + "; scans are listed as failed (--no-ocr silences this)";
    }
}
