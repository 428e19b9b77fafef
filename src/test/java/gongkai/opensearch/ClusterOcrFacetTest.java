package gongkai.opensearch;

import gongkai.report.Report;
import gongkai.search.FacetValue;
import gongkai.search.SearchEngine;
import gongkai.search.SearchRequest;
import gongkai.search.TestIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gongkai.search.TestIndex.figures;
import static gongkai.search.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** On the cluster too, scans are the ocr facet's value and ocr:true finds them. */
class ClusterOcrFacetTest {

    static String index;
    static SearchEngine cluster;

    private static Report scanned(Report r) {
        return new Report(r.source(), r.format(), r.contentHash(), r.agency(), r.agencyId(), r.year(), r.region(),
                r.regionCode(), r.province(), r.level(), r.docNo(), r.published(), r.template(), r.figures(), r.missing(),
                r.inferred(), r.checks(), r.warnings(), r.sections(), r.text(), true);
    }

    @BeforeAll
    static void write() throws Exception {
        TestCluster.require();
        Report text = report("b", "洪泽区人民政府", 2023, "江苏省", "县级", null, figures(), List.of(), "二。");
        Report scan = scanned(report("a", "淮安市人民政府", 2024, "江苏省", "市级", null, figures(), List.of(), "一。"));
        index = TestCluster.freshIndex("ocr-facet");
        TestCluster.write(index, List.of(scan, text));
        cluster = OpenSearchEngine.connect(TestCluster.urls(), index, TestIndex.CATALOG);
    }

    @AfterAll
    static void close() throws Exception {
        if (cluster != null) cluster.close();
        if (index != null) TestCluster.delete(index);
    }

    @Test
    void scansAreTheOcrFacetsValue() throws Exception {
        assertEquals(List.of(new FacetValue("true", 1)), cluster.search(SearchRequest.of("")).facets().get("ocr"));
        assertEquals(1, cluster.search(SearchRequest.of("ocr:true")).total());
        assertEquals(1, cluster.search(SearchRequest.of("ocr:false")).total());
    }
}
