package gongkai.index;

import gongkai.ingest.IngestOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NonReportTest {

    private static final Path FIXTURES = Path.of("src/test/resources/gongkai/index/nonreports");
    private static final String LACKS_EVERY_MARK = "no 年度报告 title, none of the six parts, no standard table, no agency with a year";

    @TempDir
    Path tmp;

    @Test
    void theSamplesFolderGivesItsThirtyOneReportsAndListsItsTwoNotes() throws IOException {
        IndexSummary s = run(List.of(Path.of("samples").toAbsolutePath()), false);
        assertEquals(31, s.indexed());
        assertEquals(31, s.docs());
        assertEquals(List.of(), s.failures());
        assertEquals(List.of("README.md", "SOURCES.tsv"), names(s.nonReports()));
    }

    @Test
    void aSiteListPageACsvAndAReadmeAreNotReports() throws IOException {
        Path folder = copyFixtures();
        Files.copy(Path.of("samples/seeds/lishui-tjj-2020.txt"), folder.resolve("lishui-tjj-2020.txt"));
        IndexSummary s = run(List.of(folder), false);
        assertEquals(1, s.indexed());
        assertEquals(List.of("README.md", "figures.csv", "site-list.html"), names(s.nonReports()));
        for (IndexSummary.Failure f : s.nonReports()) assertEquals(LACKS_EVERY_MARK, f.reason());
        assertEquals(List.of(), s.failures());
    }

    @Test
    void nonReportsAreCountedApartFromFailures() throws IOException {
        Path folder = copyFixtures();
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        IndexSummary s = run(List.of(folder), false);
        assertEquals(List.of("empty.txt"), names(s.failures()));
        assertEquals(3, s.nonReports().size());
        assertEquals(true, s.line().contains("1 failed, 3 not reports"), s.line());
    }

    @Test
    void includeNonReportsKeepsThem() throws IOException {
        IndexSummary s = run(List.of(copyFixtures()), true);
        assertEquals(3, s.indexed());
        assertEquals(List.of(), s.nonReports());
    }

    @Test
    void aReportEditedIntoANoteLosesItsDocument() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("corpus"));
        Path file = Files.copy(Path.of("samples/seeds/lishui-tjj-2020.txt"), folder.resolve("lishui-tjj-2020.txt"));
        assertEquals(1, run(List.of(folder), false).docs());
        Files.writeString(file, "待补：这份文件稍后下载。\n", StandardCharsets.UTF_8);
        IndexSummary s = run(List.of(folder), false);
        assertEquals(0, s.docs());
        assertEquals(List.of("lishui-tjj-2020.txt"), names(s.nonReports()));
    }

    private Path copyFixtures() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("corpus"));
        try (var files = Files.list(FIXTURES)) {
            for (Path f : files.toList()) Files.copy(f, folder.resolve(f.getFileName()));
        }
        return folder;
    }

    private IndexSummary run(List<Path> paths, boolean includeNonReports) throws IOException {
        IndexRunOptions options = new IndexRunOptions(paths, tmp.resolve("index"), 2, false, 1000, Duration.ofSeconds(30));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new IndexRun(options, () -> ReportReader.standard(IngestOptions.defaults(), includeNonReports), quiet).run();
    }

    private static List<String> names(List<IndexSummary.Failure> listed) {
        return listed.stream().map(f -> Path.of(f.source()).getFileName().toString()).toList();
    }
}
