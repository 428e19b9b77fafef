package gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.search.SearchJson;
import gongkai.search.TestIndex;
import gongkai.report.Template;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = new CommandConsole();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    @BeforeEach
    void setUp() throws Exception {
        TestIndex.writeClosed(dir.resolve("index"), List.of(
                TestIndex.report("a", "丽水市统计局", 2020, "浙江省", "市级", Template.T2019,
                        TestIndex.figures("penalty.decisions", 10), List.of(), "开展第七次人口普查工作。")));
    }

    private int run(String... args) {
        return console.run(args);
    }

    @Test
    void printsHitsWithMarksAsBrackets() {
        assertEquals(0, run("search", "--index", dir.resolve("index").toString(), "人口普查"));
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.contains("1 reports match 人口普查"), s);
        assertTrue(s.contains("丽水市统计局 · 2020"), s);
        assertTrue(s.contains("开展第七次【人口普查】工作。"), s);
    }

    @Test
    void jsonIsTheApiResponse() throws Exception {
        assertEquals(0, run("search", "--index", dir.resolve("index").toString(), "--json", "--stats", "行政处罚", "人口普查"));
        JsonNode j = new SearchJson().mapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(1, j.get("total").asInt());
        assertEquals(10, j.get("stats").get("penalty.decisions").get("max").asInt());
    }

    @Test
    void malformedQueryIsOneLineOnStderr() {
        assertEquals(2, run("search", "--index", dir.resolve("index").toString(), "\"人口"));
        String e = err.toString(StandardCharsets.UTF_8).strip();
        assertFalse(e.contains("\n"), e);
        assertTrue(e.contains("unbalanced quote"), e);
    }

    @Test
    void missingIndexIsOneLine() {
        assertEquals(2, run("search", "--index", dir.resolve("nowhere").toString(), "人口"));
        String e = err.toString(StandardCharsets.UTF_8).strip();
        assertFalse(e.contains("\n") || e.contains("Exception"), e);
        assertTrue(e.contains("no index at"), e);
    }
}
