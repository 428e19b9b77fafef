package gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {

    @Test
    void smallRunWritesEveryKeyOfBenchJson(@TempDir Path tmp) throws Exception {
        Path json = tmp.resolve("bench.json");
        int status = Main.newCommandLine().execute("bench", "--count", "200", "--work", tmp.resolve("work").toString(),
                "--json", json.toString(), "--rounds", "3", "--sample", "40");
        assertEquals(0, status);

        JsonNode b = new ObjectMapper().readTree(json.toFile());
        assertEquals(200, b.get("reports").asLong());
        for (String key : List.of("analysis_chars_per_s_1t", "analysis_chars_per_s_2t", "extract_reports_per_s",
                "index_reports_per_s", "index_mb_per_s", "index_to_analysis_ratio", "index_bytes", "peak_heap_mb")) {
            assertTrue(b.get(key).asDouble() > 0, key + " should be a positive number, is " + b.get(key));
        }
        for (String group : List.of("query_ms", "http_ms")) {
            for (String kind : List.of("term", "phrase", "range", "facet", "sort", "stats")) {
                JsonNode k = b.get(group).get(kind);
                assertTrue(k.get("p50").asDouble() > 0 && k.get("p99").asDouble() >= k.get("p50").asDouble(), group + "." + kind);
            }
        }
        JsonNode x = b.get("extraction");
        long all = x.get("right").asLong() + x.get("wrong").asLong() + x.get("missing").asLong();
        // The 2019 template has 81 figures and the 2021 template more: 200 reports hold well over 16,000.
        assertTrue(all > 16_000, "figures scored: " + all);
    }
}
