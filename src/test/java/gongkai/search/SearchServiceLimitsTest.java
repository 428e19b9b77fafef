package gongkai.search;

import gongkai.report.FigureKey;
import gongkai.report.Report;
import gongkai.report.Template;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine holds to its {@link SearchLimits}, and counts a chart's groups in one pass. */
class SearchServiceLimitsTest {

    @TempDir
    static Path dir;
    static Directory index;
    static final FigureKey PENALTY = TestIndex.CATALOG.get("penalty.decisions").orElseThrow();

    /**
     * 3,000 reports: year 2019 + i % 3, province 浙江 for even i and 江苏 for odd i, and
     * penalty.decisions = i on every tenth report (so the rest have no such figure).
     */
    @BeforeAll
    static void write() throws Exception {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Map<String, BigDecimal> figures = i % 10 == 0 ? TestIndex.figures("penalty.decisions", i) : Map.of();
            reports.add(TestIndex.report(String.format("%08x", i), "测试局" + i, 2019 + i % 3,
                    i % 2 == 0 ? "浙江" : "江苏", "县级", Template.T2021, figures, List.of(), "统计 报告 " + i));
        }
        index = TestIndex.write(dir, reports);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void aSearchPastItsTimeIsUnavailableNotABadQuery() throws Exception {
        SearchLimits instant = SearchLimits.DEFAULTS.withTimeout(Duration.ofNanos(1));
        try (SearchService s = new SearchService(index, TestIndex.CATALOG, instant)) {
            EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
                    () -> s.search(new SearchRequest("", 1, 10, "relevance", List.of())));
            assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        }
    }

    @Test
    void aChartPastItsTimeIsUnavailableToo() throws Exception {
        SearchLimits instant = SearchLimits.DEFAULTS.withTimeout(Duration.ofNanos(1));
        try (SearchService s = new SearchService(index, TestIndex.CATALOG, instant)) {
            assertThrows(EngineUnavailableException.class, () -> s.groupStats("", "year", PENALTY, 40));
        }
    }

    @Test
    void pageSizeComesFromTheLimits() throws Exception {
        SearchLimits small = new SearchLimits(1000, 64, 20, 5, 50, 30, 10, Duration.ofSeconds(5));
        try (SearchService s = new SearchService(index, TestIndex.CATALOG, small)) {
            assertThrows(QueryException.class, () -> s.search(new SearchRequest("", 1, 6, "relevance", List.of())));
            assertThrows(QueryException.class, () -> s.search(new SearchRequest("", 11, 5, "relevance", List.of())));
            assertEquals(5, s.search(new SearchRequest("", 10, 5, "relevance", List.of())).hits().size());
        }
    }

    @Test
    void queryLengthComesFromTheLimits() throws Exception {
        SearchLimits shortQueries = new SearchLimits(10, 64, 20, 100, 10_000, 30, 10, Duration.ofSeconds(5));
        try (SearchService s = new SearchService(index, TestIndex.CATALOG, shortQueries)) {
            assertThrows(QueryException.class, () -> s.search(new SearchRequest("统".repeat(11), 1, 10, "relevance", List.of())));
        }
    }

    @Test
    void chartByYearCountsEveryGroupInYearOrder() throws Exception {
        try (SearchService s = new SearchService(index, TestIndex.CATALOG)) {
            List<GroupStats> groups = s.groupStats("", "year", PENALTY, 40);
            assertEquals(List.of("2019", "2020", "2021"), groups.stream().map(GroupStats::value).toList());
            // i % 3 == 0 → 2019: 1,000 reports; penalty on i % 30 == 0 → i = 0, 30, …, 2970: 100 values summing 148,500
            assertEquals(1000, groups.get(0).reports());
            assertEquals(100, groups.get(0).stats().count());
            assertEquals(new BigDecimal("148500"), groups.get(0).stats().sum());
            assertEquals(new BigDecimal("2970"), groups.get(0).stats().max());
        }
    }

    @Test
    void chartByProvinceAgreesWithOneSearchPerProvince() throws Exception {
        try (SearchService s = new SearchService(index, TestIndex.CATALOG)) {
            List<GroupStats> groups = s.groupStats("", "province", PENALTY, 40);
            // even i → 浙江 (1,500 reports, all 300 penalty values); odd i → 江苏 (1,500, none)
            assertEquals(List.of("江苏", "浙江"), groups.stream().map(GroupStats::value).toList());
            assertEquals(0, groups.get(0).stats().count());
            assertEquals(300, groups.get(1).stats().count());
            SearchResponse zhejiang = s.search(new SearchRequest("province:浙江", 1, 1, "relevance", List.of(PENALTY.key())));
            assertEquals(zhejiang.total(), groups.get(1).reports());
            assertEquals(zhejiang.stats().get(PENALTY.key()), groups.get(1).stats());
        }
    }

    @Test
    void chartStopsAtTheMostGroupsAsked() throws Exception {
        try (SearchService s = new SearchService(index, TestIndex.CATALOG)) {
            assertEquals(List.of("2019", "2020"), s.groupStats("", "year", PENALTY, 2).stream().map(GroupStats::value).toList());
        }
    }
}
