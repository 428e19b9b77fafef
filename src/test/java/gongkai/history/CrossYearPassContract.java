package gongkai.history;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.index.IndexRun;
import gongkai.index.IndexRunOptions;
import gongkai.index.IndexSummary;
import gongkai.index.ReportReader;
import gongkai.index.ReportSink;
import gongkai.search.SearchEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@link CrossYearPass} stores, the same on every engine: a subclass says where the
 * reports go and how they are searched. Values read by hand from the reports' tables.
 */
public abstract class CrossYearPassContract {

    private static final Path REAL = Path.of("samples/real");
    static final String HONGZE_2023 = "淮安市洪泽区人民政府_2023.pdf";
    static final String HONGZE_2024 = "淮安市洪泽区人民政府_2024.pdf";

    @TempDir
    protected Path tmp;

    /** Where one test's reports go. */
    protected abstract ReportSink.Factory sinks(Path indexDir);

    /** A search over what {@link #sinks} wrote. */
    protected abstract SearchEngine open(Path indexDir) throws IOException;

    private Path corpus() throws IOException {
        return Files.createDirectories(tmp.resolve("corpus"));
    }

    private Path copy(String name) throws IOException {
        return Files.copy(REAL.resolve(name), corpus().resolve(name));
    }

    private IndexSummary index() throws IOException {
        Path index = tmp.resolve("index");
        IndexRunOptions options = new IndexRunOptions(List.of(corpus()), index, 2, true, 1000, Duration.ofSeconds(30));
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        return new IndexRun(options, ReportReader::standard, quiet, sinks(index), List.of(new CrossYearPass())).run();
    }

    /** Each matching report's cross-year checks by rule, keyed by the report's year. */
    private Map<Integer, Map<String, JsonNode>> crossYear(String query) throws IOException {
        Map<Integer, Map<String, JsonNode>> out = new LinkedHashMap<>();
        try (SearchEngine engine = open(tmp.resolve("index"))) {
            engine.forEachMatch(query, "year", json -> {
                Map<String, JsonNode> checks = new LinkedHashMap<>();
                for (JsonNode c : json.path("checks")) {
                    if (c.path("rule").asText().startsWith(CrossYearPass.RULE_PREFIX)) checks.put(c.path("rule").asText(), c);
                }
                out.put(json.path("year").asInt(), checks);
            });
        } catch (Exception e) {
            if (e instanceof IOException io) throw io;
            throw new IOException(e);
        }
        return out;
    }

    private static int value(JsonNode check, String side) {
        return check.path(side).asInt(Integer.MIN_VALUE);
    }

    @Test
    void theLaterYearCarriesTheChecksAgainstTheYearBefore() throws IOException {
        copy(HONGZE_2023);
        copy(HONGZE_2024);
        index();
        Map<Integer, Map<String, JsonNode>> byYear = crossYear("agency_id:\"320813:人民政府\"");
        assertEquals(List.of(2023, 2024), new ArrayList<>(byYear.keySet()));
        assertTrue(byYear.get(2023).isEmpty(), byYear.get(2023)::toString);
        Map<String, JsonNode> checks = byYear.get(2024);
        // 7 carried columns and both stocks: every table cell involved is printed.
        assertEquals(9, checks.size(), checks.keySet()::toString);
        assertTrue(checks.values().stream().allMatch(c -> c.path("ok").asBoolean()), checks::toString);
        // 2023 四、结转下年度继续办理 总计 0; 2024 二、上年结转 总计 0.
        JsonNode carried = checks.get("cross_year.carried.total");
        assertEquals(0, value(carried, "left"));
        assertEquals(0, carried.path("inputs").path("previous.apply.carried_out.total").asInt(-1));
        // 2023 行政规范性文件 现行有效 5; 2024 制发 3, 废止 0, 现行有效 8 = 5 + 3 − 0.
        JsonNode normative = checks.get("cross_year.normative.in_force");
        assertEquals(8, value(normative, "left"));
        assertEquals(8, value(normative, "right"));
        assertEquals(5, normative.path("inputs").path("previous.normative.in_force").asInt());
    }

    @Test
    void removingTheEarlierYearRemovesTheChecks() throws IOException {
        Path earlier = copy(HONGZE_2023);
        copy(HONGZE_2024);
        index();
        assertEquals(9, crossYear("agency_id:\"320813:人民政府\"").get(2024).size());
        Files.delete(earlier);
        IndexSummary s = index();
        assertEquals(1, s.pruned());
        Map<Integer, Map<String, JsonNode>> byYear = crossYear("agency_id:\"320813:人民政府\"");
        assertEquals(List.of(2024), new ArrayList<>(byYear.keySet()));
        assertTrue(byYear.get(2024).isEmpty(), byYear.get(2024)::toString);
    }

    @Test
    void theEarlierYearIndexedSecondAddsTheChecks() throws IOException {
        copy(HONGZE_2024);
        index();
        assertTrue(crossYear("agency_id:\"320813:人民政府\"").get(2024).isEmpty());
        copy(HONGZE_2023);
        index();
        assertEquals(9, crossYear("agency_id:\"320813:人民政府\"").get(2024).size());
        assertTrue(crossYear("agency_id:\"320813:人民政府\"").get(2024).values().stream().allMatch(c -> c.path("ok").asBoolean()));
    }

    @Test
    void aBrokenChainIsFoundByCheckFailed() throws IOException {
        copy("平潭综合实验区_2021.txt");
        String y2022 = Files.readString(REAL.resolve("平潭综合实验区_2022.txt"));
        // 2021 carried 1 application (自然人 1, 总计 1) into 2022; this copy of 2022 takes in 2 (自然人 2, 总计 2).
        String printed = "二、上年结转政府信息公开申请数量 1000001";
        assertTrue(y2022.contains(printed));
        Files.writeString(corpus().resolve("平潭综合实验区_2022.txt"), y2022.replace(printed, "二、上年结转政府信息公开申请数量 2000002"));
        index();
        Map<Integer, Map<String, JsonNode>> found = crossYear("check_failed:cross_year.carried.total");
        assertEquals(List.of(2022), new ArrayList<>(found.keySet()));
        JsonNode total = found.get(2022).get("cross_year.carried.total");
        assertFalse(total.path("ok").asBoolean(true));
        assertEquals(2, value(total, "left"));
        assertEquals(1, value(total, "right"));
        assertFalse(found.get(2022).get("cross_year.carried.person").path("ok").asBoolean(true));
        assertTrue(found.get(2022).get("cross_year.carried.company").path("ok").asBoolean(false));
    }

    @Test
    void anUnbrokenChainFailsNoCheck() throws IOException {
        copy("平潭综合实验区_2021.txt");
        copy("平潭综合实验区_2022.txt");
        index();
        assertEquals(Map.of(), crossYear("check_failed:cross_year.carried.total"));
        JsonNode total = crossYear("agency_id:\"350128:平潭综合实验区\"").get(2022).get("cross_year.carried.total");
        assertTrue(total.path("ok").asBoolean(false), String.valueOf(total));
        assertEquals(1, value(total, "left"));
    }
}
