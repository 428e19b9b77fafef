package gongkai.index;

import gongkai.ingest.IngestOptions;
import gongkai.ingest.Ingestor;
import gongkai.ingest.ScanFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A folder with bad scans among its reports: each scan is one failure with its reason, and the report is indexed. */
class ScanFailuresIndexTest {

    @TempDir
    Path tmp;

    @Test
    void badScansAreCountedPerFileAndTheRunGoesOn() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("samples/real/淮安市洪泽区人民政府_2023.pdf"), corpus.resolve("report.pdf"));
        ScanFiles.pdf(corpus.resolve("blank.pdf"), List.of(ScanFiles.blankPage()));
        ScanFiles.pdf(corpus.resolve("photo.pdf"), List.of(ScanFiles.photo()));
        ScanFiles.corruptImage(corpus.resolve("corrupt.pdf"));
        ScanFiles.longScan(corpus.resolve("long.pdf"), 300);
        Ingestor ingestor = new Ingestor(IngestOptions.defaults().withOcr(true).withMaxOcrPages(100));
        IndexRunOptions options = new IndexRunOptions(List.of(corpus), tmp.resolve("index"), 2, false, 1000, Duration.ofSeconds(30));

        IndexSummary s = new IndexRun(options, () -> ReportReader.standard(ingestor, false),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();

        assertEquals(1, s.indexed());
        Map<String, String> reasons = s.failures().stream()
                .collect(Collectors.toMap(f -> Path.of(f.source()).getFileName().toString(), IndexSummary.Failure::reason));
        assertEquals(4, reasons.size(), reasons.toString());
        assertTrue(reasons.get("blank.pdf").endsWith("(OCR found no text: the page images are blank)"), reasons.get("blank.pdf"));
        assertTrue(reasons.get("photo.pdf").contains("a photo rather than a report"), reasons.get("photo.pdf"));
        assertTrue(reasons.get("corrupt.pdf").startsWith("OCR failed on page 1: corrupt image stream"), reasons.get("corrupt.pdf"));
        assertEquals("too many page images for OCR: 300 exceeds the limit of 100 (--max-ocr-pages)", reasons.get("long.pdf"));
        for (String reason : reasons.values()) assertTrue(!reason.contains("\n"), reason);
    }
}
