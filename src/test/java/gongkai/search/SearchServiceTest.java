package gongkai.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.report.Report;
import gongkai.report.Template;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static gongkai.search.TestIndex.check;
import static gongkai.search.TestIndex.figures;
import static gongkai.search.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchServiceTest {

    @TempDir
    Path dir;
    Directory directory;
    SearchService service;

    static final List<Report> REPORTS = List.of(
            report("a", "丽水市统计局", 2020, "浙江省", "市级", Template.T2019,
                    figures("penalty.decisions", 10, "fees.amount_wan", "1.25"), List.of(check("apply.balance.total", true)),
                    "开展第七次人口普查工作。"),
            report("b", "平湖市统计局", 2021, "浙江省", "县级", Template.T2021,
                    figures("penalty.decisions", 5, "fees.amount_wan", "2.5"), List.of(check("apply.balance.total", false)),
                    "人口普查<script>alert(1)</script>。"),
            report("c", "洛阳市统计局", 2020, "河南省", "市级", Template.T2019,
                    figures("penalty.decisions", 20), List.of(), "统计执法检查。人口普查。"),
            report("d", "宜春市统计局", 2020, "江西省", "市级", null, figures(), List.of(), "人口普查年度报告。"));

    @BeforeEach
    void open() throws IOException {
        directory = TestIndex.write(dir, REPORTS);
        service = new SearchService(directory, TestIndex.CATALOG);
    }

    @AfterEach
    void close() throws IOException {
        service.close();
        directory.close();
    }

    static String letter(Hit h) {
        return h.id().substring(0, 1);
    }

    SearchResponse search(String q, int page, int size, String sort, String... stats) throws IOException {
        return service.search(new SearchRequest(q, page, size, sort, List.of(stats)));
    }

    @Test
    void hitCarriesTheReportsMetadataAndFigures() throws IOException {
        Hit h = search("agency:丽水", 1, 10, "relevance").hits().get(0);
        assertEquals("丽水市统计局", h.agency());
        assertEquals(2020, h.year());
        assertEquals("浙江省", h.province());
        assertEquals("a.txt", h.source());
        assertEquals(Map.of("penalty.decisions", new BigDecimal("10"), "fees.amount_wan", new BigDecimal("1.25")), h.figures());
        assertFalse(h.checkFailed());
    }

    @Test
    void highlightsMarkTheWordAndEscapeTheRest() throws IOException {
        Hit h = search("人口普查 agency:平湖", 1, 10, "relevance").hits().get(0);
        assertEquals(List.of("<mark>人口普查</mark>&lt;script&gt;alert(1)&lt;/script&gt;。"), h.highlights());
        assertTrue(h.checkFailed());
    }

    @Test
    void facetsCountAllMatchesNotJustThePage() throws IOException {
        SearchResponse r = search("人口普查", 1, 1, "relevance");
        assertEquals(4, r.total());
        assertEquals(1, r.hits().size());
        assertEquals(List.of(new FacetValue("2020", 3), new FacetValue("2021", 1)), r.facets().get("year"));
        assertEquals(List.of(new FacetValue("浙江省", 2), new FacetValue("江西省", 1), new FacetValue("河南省", 1)), r.facets().get("province"));
        assertEquals(List.of(new FacetValue("市级", 3), new FacetValue("县级", 1)), r.facets().get("level"));
        assertEquals(List.of(new FacetValue("none", 2), new FacetValue("failed", 1), new FacetValue("ok", 1)), r.facets().get("check"));
        assertEquals(4, r.facets().get("agency").size());
    }

    @Test
    void statsCoverEveryMatchThatHasTheFigure() throws IOException {
        FigureStats s = search("人口普查", 1, 1, "relevance", "行政处罚").stats().get("penalty.decisions");
        // a 10, b 5, c 20; d has no tables and is not counted
        assertEquals(new FigureStats(3, new BigDecimal("35"), new BigDecimal("5"), new BigDecimal("20"), new BigDecimal("11.6667")), s);
    }

    @Test
    void statsOfAnAmountAreExactDecimals() throws IOException {
        FigureStats s = search("", 1, 1, "relevance", "fees.amount_wan").stats().get("fees.amount_wan");
        assertEquals(new FigureStats(2, new BigDecimal("3.75"), new BigDecimal("1.25"), new BigDecimal("2.5"), new BigDecimal("1.875")), s);
    }

    @Test
    void statsOfNoValuesAreEmpty() throws IOException {
        FigureStats s = search("agency:宜春", 1, 1, "relevance", "penalty.decisions").stats().get("penalty.decisions");
        assertEquals(new FigureStats(0, null, null, null, null), s);
    }

    @Test
    void sortByFigureDescendingPutsMissingLast() throws IOException {
        List<String> order = search("", 1, 10, "-penalty.decisions").hits().stream().map(SearchServiceTest::letter).toList();
        assertEquals(List.of("c", "a", "b", "d"), order);
    }

    @Test
    void sortByFigureAscendingPutsMissingLast() throws IOException {
        List<String> order = search("", 1, 10, "行政处罚").hits().stream().map(SearchServiceTest::letter).toList();
        assertEquals(List.of("b", "a", "c", "d"), order);
    }

    @Test
    void sortByYearDescending() throws IOException {
        assertEquals("b", letter(search("", 1, 10, "-year").hits().get(0)));
    }

    @Test
    void pagesFollowOneAnother() throws IOException {
        List<String> all = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            search("", page, 2, "penalty.decisions").hits().forEach(h -> all.add(letter(h)));
        }
        assertEquals(List.of("b", "a", "c", "d"), all);
    }

    @Test
    void pageSizeIsBounded() {
        assertThrows(QueryException.class, () -> search("", 1, SearchLimits.DEFAULTS.maxSize() + 1, "relevance"));
        assertThrows(QueryException.class, () -> search("", 101, 100, "relevance"));
    }

    @Test
    void unknownSortIsAQueryError() {
        assertThrows(QueryException.class, () -> search("", 1, 10, "nonsense"));
    }

    @Test
    void reportByIdHasItsJsonAndText() throws IOException {
        String id = REPORTS.get(2).id();
        ObjectNode r = service.report(id).orElseThrow();
        assertEquals("洛阳市统计局", r.get("agency").asText());
        assertEquals(20, r.get("figures").get("penalty.decisions").asInt());
        assertEquals("统计执法检查。人口普查。", r.get("text").asText());
        assertTrue(service.report("nope").isEmpty());
    }

    @Test
    void forEachMatchStreamsEveryMatchInOrder() throws IOException {
        List<String> agencies = new ArrayList<>();
        long n = service.forEachMatch("人口普查", "-penalty.decisions", j -> agencies.add(j.get("agency").asText()));
        assertEquals(4, n);
        assertEquals(List.of("洛阳市统计局", "丽水市统计局", "平湖市统计局", "宜春市统计局"), agencies);
    }

    @Test
    void seesReportsCommittedAfterItOpened() throws IOException {
        assertEquals(0, search("agency:鲤城", 1, 10, "relevance").total());
        TestIndex.add(directory, List.of(report("e", "鲤城区统计局", 2020, "福建省", "县级", null, figures(), List.of(), "人口普查。")));
        assertEquals(1, search("agency:鲤城", 1, 10, "relevance").total());
    }

    @Test
    void missingIndexDirectoryIsAOneLineError(@TempDir Path empty) {
        IOException e = assertThrows(IOException.class, () -> SearchService.open(empty.resolve("nothing"), TestIndex.CATALOG));
        assertTrue(e.getMessage().startsWith("no index at "), e.getMessage());
        assertNull(e.getCause());
    }

    @Test
    void jsonHasTheApiFields() throws IOException {
        JsonNode j = new SearchJson().mapper().readTree(new SearchJson().write(search("人口普查", 1, 10, "relevance", "penalty.decisions")));
        for (String f : List.of("total", "hits", "facets", "stats")) assertTrue(j.has(f), f);
        JsonNode hit = j.get("hits").get(0);
        for (String f : List.of("id", "agency", "year", "region", "source", "score", "highlights", "figures")) assertTrue(hit.has(f), f);
        assertEquals(35, j.get("stats").get("penalty.decisions").get("sum").asInt());
    }
}
