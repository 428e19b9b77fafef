package gongkai.search;

import gongkai.report.Report;
import gongkai.report.Template;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static gongkai.search.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FacetCountsTest {

    private static Report r(String id, String agency, String province) {
        return report(id, agency, 2020, province, "市级", Template.T2019, Map.of(), List.of(), "政府信息公开工作年度报告");
    }

    @Test
    void valuesSpreadOverSegmentsAreAddedUpAndTiesListedInValueOrder(@TempDir Path dir) throws Exception {
        try (Directory d = TestIndex.write(dir, List.of(r("a", "丽水市统计局", "浙江省"), r("b", "洛阳市统计局", "河南省")))) {
            // a second commit: a second segment, where 洛阳 appears again and 丽水 does not
            TestIndex.add(d, List.of(r("c", "洛阳市统计局", "河南省"), r("d", "平湖市统计局", "浙江省"), r("e", "宜春市统计局", "江西省")));
            try (SearchService s = new SearchService(d, TestIndex.CATALOG)) {
                SearchResponse res = s.search(SearchRequest.of(""));
                assertEquals(5, res.total());
                // 洛阳 twice; the other three once each, in character order: 丽 (U+4E3D) < 宜 (U+5B9C) < 平 (U+5E73)
                assertEquals(List.of(new FacetValue("洛阳市统计局", 2), new FacetValue("丽水市统计局", 1),
                        new FacetValue("宜春市统计局", 1), new FacetValue("平湖市统计局", 1)), res.facets().get("agency"));
                // tied at 2: 河 (U+6CB3) < 浙 (U+6D59)
                assertEquals(List.of(new FacetValue("河南省", 2), new FacetValue("浙江省", 2), new FacetValue("江西省", 1)),
                        res.facets().get("province"));
            }
        }
    }

    @Test
    void anIndexChangeIsCountedAtTheNextSearch(@TempDir Path dir) throws Exception {
        try (Directory d = TestIndex.write(dir, List.of(r("a", "丽水市统计局", "浙江省")));
             SearchService s = new SearchService(d, TestIndex.CATALOG)) {
            assertEquals(List.of(new FacetValue("丽水市统计局", 1)), s.search(SearchRequest.of("")).facets().get("agency"));
            TestIndex.add(d, List.of(r("b", "丽水市统计局", "浙江省"), r("c", "洛阳市统计局", "河南省")));
            assertEquals(List.of(new FacetValue("丽水市统计局", 2), new FacetValue("洛阳市统计局", 1)),
                    s.search(SearchRequest.of("")).facets().get("agency"));
        }
    }
}
