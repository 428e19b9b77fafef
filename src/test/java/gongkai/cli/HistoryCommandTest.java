package gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.extract.ReportExtractor;
import gongkai.ingest.Ingestor;
import gongkai.report.Report;
import gongkai.search.TestIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gongkai history} on three real reports: 平潭综合实验区 2019 and 2020, and 平潭县人民政府 2013. */
class HistoryCommandTest {

    @TempDir
    Path dir;
    private String pingtan;

    @RegisterExtension
    final CommandConsole console = new CommandConsole();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    @BeforeEach
    void setUp() throws Exception {
        ReportExtractor extractor = ReportExtractor.standard();
        Ingestor ingestor = new Ingestor();
        List<Report> reports = new ArrayList<>();
        for (String f : List.of("平潭综合实验区_2019.txt", "平潭综合实验区_2020.txt", "平潭县人民政府_2013.txt")) {
            reports.add(extractor.extract(ingestor.read(Path.of("samples/real", f))));
        }
        pingtan = reports.get(0).agencyId();
        TestIndex.writeClosed(dir.resolve("index"), reports);
    }

    private int run(String... args) {
        return console.run(args);
    }

    private JsonNode row(JsonNode view, String key) {
        for (JsonNode r : view.path("figures")) if (r.path("key").asText().equals(key)) return r;
        throw new AssertionError("no row " + key + " in " + view);
    }

    @Test
    void anAgencyIdShowsItsYearsAndFigures() throws Exception {
        assertEquals(0, run("history", "--json", "--index", dir.resolve("index").toString(), pingtan));
        JsonNode v = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("[2019,2020]", v.path("years").toString());
        // 本年新收政府信息公开申请数量, 总计: 23 in 2019, 21 in 2020 (part three of each report)
        JsonNode fresh = row(v, "apply.new.total");
        assertEquals(23, fresh.path("values").path("2019").asInt());
        assertEquals(21, fresh.path("values").path("2020").asInt());
        assertEquals(-2, fresh.path("change").path("2020").asInt());
    }

    @Test
    void aQueryOfOneAgencyShowsItsHistory() {
        // only the 2020 report prints "LED屏"; its agency's history has both years
        assertEquals(0, run("history", "--index", dir.resolve("index").toString(), "LED屏"));
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("agency " + pingtan), s);
        assertTrue(s.contains("  2019  ") && s.contains("  2020  "), s);
        assertTrue(s.matches("(?s).*apply\\.new\\.total\\s+23\\s+21 \\(-2\\).*"), s);
    }

    @Test
    void anUnknownAgencyIsOneLine() {
        assertEquals(1, run("history", "--index", dir.resolve("index").toString(), "110000:没有的局"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("no reports of agency 110000:没有的局"), e);
        assertEquals(1, e.strip().lines().count(), e);
    }
}
