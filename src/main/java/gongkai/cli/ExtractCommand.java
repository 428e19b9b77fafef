package gongkai.cli;

import gongkai.extract.ReportExtractor;
import gongkai.ingest.IngestException;
import gongkai.ingest.IngestOptions;
import gongkai.ingest.Ingestor;
import gongkai.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code gongkai extract FILE...}: one JSON line per file; exit status 1 when any file failed. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print each report's metadata, figures, checks and sections as one JSON line.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files: PDF, DOC, DOCX, HTML, Markdown or text.")
    List<Path> files;

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

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (maxOcrPages < 1 || maxSizeMb < 1 || timeoutSeconds < 1) {
            err.println("gongkai extract: --max-ocr-pages, --max-size-mb and --timeout must be at least 1");
            return 2;
        }
        Ingestor ingestor = new Ingestor(IngestOptions.defaults()
                .withMaxBytes(maxSizeMb * 1024 * 1024)
                .withParseTimeout(Duration.ofSeconds(timeoutSeconds))
                .withOcr(ocr)
                .withTesseract(tesseract)
                .withMaxOcrPages(maxOcrPages));
        String noOcr = ingestor.ocrUnavailable();
        if (noOcr != null) err.println("gongkai extract: " + ReadingOptions.ocrMissing(noOcr));
        ReportExtractor extractor = ReportExtractor.standard();
        ReportJson json = new ReportJson();
        int failed = 0;
        for (Path file : files) {
            try {
                out.println(json.toLine(extractor.extract(ingestor.read(file))));
            } catch (IngestException e) {
                failed++;
                out.println(json.errorLine(file.toString(), e.getMessage()));
            } catch (RuntimeException e) {
                // An extractor bug must not cost the other files: report it as this file's error.
                failed++;
                out.println(json.errorLine(file.toString(), "extraction failed: " + e));
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
