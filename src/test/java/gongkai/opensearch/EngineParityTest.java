package gongkai.opensearch;

import gongkai.report.FigureKey;
import gongkai.report.Report;
import gongkai.search.GroupStats;
import gongkai.search.Hit;
import gongkai.search.QueryException;
import gongkai.search.SearchEngine;
import gongkai.search.SearchRequest;
import gongkai.search.SearchResponse;
import gongkai.search.SearchService;
import gongkai.search.TestIndex;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same reports in both engines give the same answers: totals, hits, facets, statistics,
 * order, exports, report views, charts and errors, for a suite of queries of every kind.
 */
class EngineParityTest {

    static final List<String> QUERIES = List.of(
            "", "人口普查", "\"人口普查\"", "\"政府信息公开\"", "统计局", "\"一、总体情况\"", "\"一总体\"",
            "year:2020", "year:[2019 TO 2021]", "year:>=2022", "province:浙江", "level:市级", "agency:统计局",
            "agency:=丽水市统计局", "agency_id:\"320813:人民政府\"", "check:failed", "check:ok", "NOT 统计", "统计 NOT 人口", "人口普查 OR 行政处罚",
            "(人口普查 OR 疫情) year:2020", "penalty.decisions:>=1", "行政处罚:0", "apply.new.total:>10",
            "apply.new.total:[5 TO 50]", "fees.amount_wan:>0", "申请 apply.new.total:<=20", "\"依申请公开\" -year:2020",
            "rate.disclosed:<0.6", "公开率:>=50%", "复议纠错率:>0",
            "統計局", "\"政府信息公開\"", "agency:統計局", "agency:=\"香港統計處\"", "agency:=\"香港统计处\"", "统计数据");

    @TempDir
    static Path dir;
    static List<Report> reports;
    static String index;
    static Directory directory;
    static SearchEngine embedded;
    static SearchEngine cluster;

    @BeforeAll
    static void indexBoth() throws Exception {
        TestCluster.require();
        reports = new java.util.ArrayList<>(TestIndex.samples());
        reports.add(TestIndex.traditional());
        directory = TestIndex.write(dir, reports);
        embedded = new SearchService(directory, TestIndex.CATALOG);
        index = TestCluster.freshIndex("parity");
        TestCluster.write(index, reports);
        cluster = OpenSearchEngine.connect(TestCluster.urls(), index, TestIndex.CATALOG);
    }

    @AfterAll
    static void close() throws IOException {
        if (cluster != null) cluster.close();
        if (embedded != null) embedded.close();
        if (directory != null) directory.close();
        if (index != null) TestCluster.delete(index);
    }

    static SearchResponse search(SearchEngine e, String q, String sort) throws IOException {
        return e.search(new SearchRequest(q, 1, 100, sort, List.of("apply.new.total", "penalty.decisions", "fees.amount_wan", "rate.disclosed")));
    }

    @Test
    void bothEnginesHoldEveryReport() throws IOException {
        assertEquals(reports.size(), embedded.size());
        assertEquals(reports.size(), cluster.size());
    }

    @Test
    void totalsAndMatchingReportsAreTheSame() throws IOException {
        for (String q : QUERIES) {
            SearchResponse a = search(embedded, q, "relevance"), b = search(cluster, q, "relevance");
            assertEquals(a.total(), b.total(), q);
            assertEquals(ids(a), ids(b), q);
        }
    }

    @Test
    void someQueriesOfTheSuiteMatchAndSomeDoNot() throws IOException {
        // Guards the suite itself: a parity of empty answers would prove nothing.
        long matching = 0;
        for (String q : QUERIES) if (search(embedded, q, "relevance").total() > 0) matching++;
        assertTrue(matching >= QUERIES.size() - 3, matching + " of " + QUERIES.size());
        assertEquals(0, search(cluster, "\"一总体\"", "relevance").total());
    }

    @Test
    void facetsAreTheSame() throws IOException {
        for (String q : QUERIES) assertEquals(search(embedded, q, "relevance").facets(), search(cluster, q, "relevance").facets(), q);
    }

    @Test
    void statisticsAreTheSame() throws IOException {
        for (String q : QUERIES) {
            SearchResponse a = search(embedded, q, "relevance"), b = search(cluster, q, "relevance");
            for (String key : a.stats().keySet()) {
                var x = a.stats().get(key);
                var y = b.stats().get(key);
                assertEquals(x.count(), y.count(), q + " " + key);
                if (x.count() == 0) continue;
                assertEquals(round(x.sum()), round(y.sum()), q + " sum " + key);
                assertEquals(round(x.min()), round(y.min()), q + " min " + key);
                assertEquals(round(x.max()), round(y.max()), q + " max " + key);
            }
        }
    }

    @Test
    void sortedHitsComeInTheSameOrderOfValues() throws IOException {
        for (String sort : List.of("year", "-year", "apply.new.total", "-apply.new.total", "-行政处罚", "公开率")) {
            for (String q : List.of("", "统计", "year:2020")) {
                assertEquals(sortValues(search(embedded, q, sort), sort), sortValues(search(cluster, q, sort), sort), q + " by " + sort);
            }
        }
    }

    @Test
    void pagesAreTheSame() throws IOException {
        for (int page = 1; page <= 4; page++) {
            SearchRequest r = new SearchRequest("", page, 7, "-year", List.of());
            assertEquals(embedded.search(r).hits().stream().map(Hit::year).toList(),
                    cluster.search(r).hits().stream().map(Hit::year).toList(), "page " + page);
        }
    }

    @Test
    void hitsCarryTheSameAgencyId() throws IOException {
        Map<String, Hit> a = byId(search(embedded, "", "relevance")), b = byId(search(cluster, "", "relevance"));
        for (String id : a.keySet()) assertEquals(a.get(id).agencyId(), b.get(id).agencyId(), id);
        // 上海市人民政府办公厅 is 310000 with the region's name taken off.
        assertTrue(a.values().stream().anyMatch(h -> "310000:人民政府办公厅".equals(h.agencyId())), a.keySet().toString());
    }

    @Test
    void agencyIdIsAFacetOfBothEngines() throws IOException {
        // The samples hold two reports of 上海市人民政府办公厅: 2019 and 2025.
        for (SearchEngine e : List.of(embedded, cluster)) {
            assertTrue(search(e, "", "relevance").facets().get("agency_id").stream()
                    .anyMatch(v -> v.value().equals("310000:人民政府办公厅") && v.count() == 2), e.describe());
        }
    }

    @Test
    void highlightsAndFiguresOfHitsAreTheSame() throws IOException {
        for (String q : List.of("\"人口普查\"", "行政复议", "\"政府信息公开\" year:2020", "統計局", "\"政府信息公开\" agency:香港")) {
            Map<String, Hit> a = byId(search(embedded, q, "relevance")), b = byId(search(cluster, q, "relevance"));
            for (String id : a.keySet()) {
                assertEquals(a.get(id).highlights(), b.get(id).highlights(), q + " " + id);
                assertEquals(a.get(id).figures(), b.get(id).figures(), q + " " + id);
                assertEquals(a.get(id).agency(), b.get(id).agency(), id);
                assertEquals(a.get(id).checkFailed(), b.get(id).checkFailed(), id);
            }
        }
    }

    @Test
    void exportsHandOverTheSameReports() throws IOException {
        for (String q : List.of("", "统计", "penalty.decisions:>=1")) {
            Set<String> a = new TreeSet<>(), b = new TreeSet<>();
            long na = embedded.forEachMatch(q, "-year", j -> a.add(j.toString()));
            long nb = cluster.forEachMatch(q, "-year", j -> b.add(j.toString()));
            assertEquals(na, nb, q);
            assertEquals(a, b, q);
        }
    }

    @Test
    void reportViewsAreTheSame() throws IOException {
        for (Report r : reports) assertEquals(embedded.report(r.id()).orElseThrow(), cluster.report(r.id()).orElseThrow(), r.source());
        assertTrue(cluster.report("0000000000000000").isEmpty());
    }

    @Test
    void chartGroupsAreTheSame() throws IOException {
        FigureKey key = TestIndex.CATALOG.resolve("apply.new.total").orElseThrow();
        for (String by : List.of("year", "province")) {
            List<GroupStats> a = embedded.groupStats("", by, key, 20), b = cluster.groupStats("", by, key, 20);
            assertEquals(a.size(), b.size(), by);
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i).value(), b.get(i).value(), by);
                assertEquals(a.get(i).reports(), b.get(i).reports(), by + " " + a.get(i).value());
                assertEquals(a.get(i).stats(), b.get(i).stats(), by + " " + a.get(i).value());
            }
        }
    }

    @Test
    void aBadQueryFailsWithTheSameMessage() {
        for (String q : List.of("year:abc", "(统计", "nosuch.key:>3", "apply.new.total:>", "rate.disclosed:>150%")) {
            QueryException a = assertThrows(QueryException.class, () -> search(embedded, q, "relevance"));
            QueryException b = assertThrows(QueryException.class, () -> search(cluster, q, "relevance"));
            assertEquals(a.getMessage(), b.getMessage(), q);
        }
    }

    @Test
    void reportsOfEqualScoreComeInTheSameOrderNewestYearFirst() throws IOException {
        // Every report of an empty or filter-only query scores alike: year descending, then agency, then id.
        java.util.Comparator<Report> expected = java.util.Comparator
                .comparing(Report::year, java.util.Comparator.nullsLast(java.util.Comparator.<Integer>reverseOrder()))
                .thenComparing(Report::agency, java.util.Comparator.nullsLast(java.util.Comparator.<String>naturalOrder()))
                .thenComparing(Report::id);
        assertEquals(reports.stream().sorted(expected).map(Report::id).toList(), inOrder(search(embedded, "", "relevance")));
        for (String q : List.of("", "year:2020", "check:failed", "province:浙江")) {
            assertEquals(inOrder(search(embedded, q, "relevance")), inOrder(search(cluster, q, "relevance")), q);
        }
    }

    private static List<String> inOrder(SearchResponse r) {
        return r.hits().stream().map(Hit::id).toList();
    }

    private static Set<String> ids(SearchResponse r) {
        Set<String> out = new TreeSet<>();
        for (Hit h : r.hits()) out.add(h.id());
        return out;
    }

    private static Map<String, Hit> byId(SearchResponse r) {
        Map<String, Hit> out = new java.util.TreeMap<>();
        for (Hit h : r.hits()) out.put(h.id(), h);
        return out;
    }

    private static List<Object> sortValues(SearchResponse r, String sort) {
        String key = sort.replace("-", "");
        List<Object> out = new ArrayList<>();
        for (Hit h : r.hits()) {
            if (key.equals("year")) out.add(h.year());
            else out.add(h.figures().get(TestIndex.CATALOG.resolve(key).orElseThrow().key()));
        }
        return out;
    }

    private static BigDecimal round(BigDecimal v) {
        return v == null ? null : v.setScale(4, RoundingMode.HALF_UP);
    }
}
