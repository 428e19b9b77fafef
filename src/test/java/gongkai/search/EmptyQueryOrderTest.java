package gongkai.search;

import gongkai.report.Report;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reports of equal score come newest year first, then by agency, then by id: the same on every run. */
class EmptyQueryOrderTest {

    @TempDir
    Path dir;

    private static Report report(String id, String agency, Integer year) {
        return TestIndex.report(id, agency, year, "浙江省", "市级", null, Map.of(), List.of(), "政府信息公开工作年度报告");
    }

    /** Written in an order that is none of the expected ones, so the index order cannot pass for it. */
    private static final List<Report> REPORTS = List.of(
            report("e1", "甲局", null), report("d1", "甲局", 2021), report("c1", "乙局", 2020),
            report("b1", "甲局", 2021), report("a1", "乙局", 2021));

    private static List<String> order(SearchService s, String q) throws Exception {
        return s.search(new SearchRequest(q, 1, 10, "relevance", List.of())).hits().stream()
                .map(h -> h.id().substring(0, 2)).toList();
    }

    @Test
    void anEmptyQueryListsNewestYearFirstThenAgencyThenId() throws Exception {
        try (Directory d = TestIndex.write(dir, REPORTS); SearchService s = new SearchService(d, TestIndex.CATALOG)) {
            // 乙 (U+4E59) sorts before 甲 (U+7532); a report without a year comes last.
            assertEquals(List.of("a1", "b1", "d1", "c1", "e1"), order(s, ""));
        }
    }

    @Test
    void aQueryOfFiltersOnlyKeepsTheSameOrder() throws Exception {
        try (Directory d = TestIndex.write(dir, REPORTS); SearchService s = new SearchService(d, TestIndex.CATALOG)) {
            assertEquals(List.of("a1", "b1", "d1"), order(s, "year:2021"));
        }
    }

    @Test
    void theExportFollowsTheSameOrder() throws Exception {
        try (Directory d = TestIndex.write(dir, REPORTS); SearchService s = new SearchService(d, TestIndex.CATALOG)) {
            List<String> ids = new java.util.ArrayList<>();
            s.forEachMatch("", "relevance", j -> ids.add(j.get("id").asText().substring(0, 2)));
            assertEquals(List.of("a1", "b1", "d1", "c1", "e1"), ids);
        }
    }

    @Test
    void aWordQueryStillShowsEachHitsScore() throws Exception {
        try (Directory d = TestIndex.write(dir, REPORTS); SearchService s = new SearchService(d, TestIndex.CATALOG)) {
            Hit first = s.search(new SearchRequest("年度报告", 1, 10, "relevance", List.of())).hits().get(0);
            assertTrue(first.score() > 0, "score " + first.score());
        }
    }
}
