package gongkai.cli;

import gongkai.extract.ReportExtractor;
import gongkai.ingest.IngestException;
import gongkai.ingest.Ingestor;
import gongkai.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code gongkai extract FILE...}: one JSON line per file; exit status 1 when any file failed. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print each report's metadata, figures, checks and sections as one JSON line.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files: PDF, DOC, DOCX, HTML, Markdown or text.")
    List<Path> files;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Ingestor ingestor;
        try {
            ingestor = new Ingestor(reading.ingest());
        } catch (IllegalArgumentException e) {
            err.println("gongkai extract: " + e.getMessage());
            return 2;
        }
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
