package gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.report.Template;
import gongkai.search.TestIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiffCommandTest {

    static final String A = "a000000000000000", B = "b000000000000000";

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
                        TestIndex.figures("penalty.decisions", 10), List.of(), "开展人口普查工作。"),
                TestIndex.report("b", "丽水市统计局", 2021, "浙江省", "市级", Template.T2019,
                        TestIndex.figures("penalty.decisions", 13), List.of(), "开展人口普查工作。")));
    }

    private int run(String... args) {
        return console.run(args);
    }

    @Test
    void printsAChangedFigureWithItsDelta() {
        assertEquals(0, run("diff", "--index", dir.resolve("index").toString(), A, B));
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.contains("1 figures changed"), s);
        assertTrue(s.matches("(?s).*penalty\\.decisions\\s+10 → 13\\s+\\+3.*"), s);
    }

    @Test
    void aReportAgainstItselfIsIdentical() throws Exception {
        assertEquals(0, run("diff", "--json", "--index", dir.resolve("index").toString(), A, A));
        JsonNode d = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertTrue(d.path("identical").asBoolean(), d.toString());
        assertEquals(0, d.path("summary").path("figuresChanged").asInt());
    }

    @Test
    void anUnknownIdIsOneLine() {
        assertEquals(1, run("diff", "--index", dir.resolve("index").toString(), A, "0000000000000000"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("no report with id 0000000000000000"), e);
        assertEquals(1, e.strip().lines().count(), e);
    }
}
