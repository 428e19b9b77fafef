package gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = new CommandConsole();
    private final ByteArrayOutputStream out = console.out;

    private String[] lines() {
        return out.toString(StandardCharsets.UTF_8).strip().split("\n");
    }

    @Test
    void printsOneJsonLinePerReportWithItsFigures() throws Exception {
        int status = Main.newCommandLine().execute("extract", "samples/seeds/lishui-tjj-2020.txt");
        assertEquals(0, status);
        JsonNode r = new ObjectMapper().readTree(lines()[0]);
        assertEquals("丽水市统计局", r.get("agency").asText());
        assertEquals(2020, r.get("year").asInt());
        assertEquals("浙江省", r.get("province").asText());
        assertEquals("2019", r.get("template").asText());
        // 行政处罚: 上一年项目数量 9, 本年增/减 13, 处理决定数量 13, as printed one cell per line
        assertEquals(9, r.get("figures").get("penalty.prev_items").asInt());
        assertEquals(13, r.get("figures").get("penalty.decisions").asInt());
        for (String field : new String[]{"source", "region", "level", "doc_no", "published", "missing",
                "inferred", "checks", "warnings", "sections"}) {
            assertTrue(r.has(field), field);
        }
    }

    @Test
    void aFileThatCannotBeReadGetsAnErrorLineAndTheOthersGoOn() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        int status = Main.newCommandLine().execute("extract", empty.toString(), "samples/seeds/pinghu-tjj-2021.txt");
        assertEquals(1, status);
        String[] lines = lines();
        assertEquals(2, lines.length);
        JsonNode failed = new ObjectMapper().readTree(lines[0]);
        assertEquals(empty.toString(), failed.get("source").asText());
        assertFalse(failed.get("error").asText().isBlank());
        assertEquals("平湖市统计局", new ObjectMapper().readTree(lines[1]).get("agency").asText());
    }

    @Test
    void aLimitBelowOneIsOneLineNamingTheOption() {
        assertEquals(2, console.run("extract", "--timeout", "0", "samples/seeds/pinghu-tjj-2021.txt"));
        String e = console.err.toString(StandardCharsets.UTF_8).strip();
        assertEquals("gongkai extract: --timeout must be at least 1 second, not 0", e);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
