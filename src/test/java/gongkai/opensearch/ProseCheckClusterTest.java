package gongkai.opensearch;

import gongkai.report.Report;
import gongkai.search.SearchEngine;
import gongkai.search.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** On the cluster, as in the embedded index: a planted prose-table contradiction is found by its rule. */
class ProseCheckClusterTest {

    static String index;
    static SearchEngine cluster;
    static Report planted;

    @BeforeAll
    static void write() throws Exception {
        TestCluster.require();
        List<Report> reports = gongkai.search.PlantedProse.reports();
        planted = reports.get(1);
        index = TestCluster.freshIndex("prose-checks");
        TestCluster.write(index, reports);
        cluster = OpenSearchEngine.connect(TestCluster.urls(), index, gongkai.search.TestIndex.CATALOG);
    }

    @AfterAll
    static void close() throws IOException {
        if (cluster != null) cluster.close();
        if (index != null) TestCluster.delete(index);
    }

    private static Set<String> ids(String q) throws IOException {
        return cluster.search(new SearchRequest(q, 1, 10, "relevance", List.of())).hits().stream()
                .map(h -> h.id()).collect(Collectors.toSet());
    }

    @Test
    void checkFailedAndTheRuleFindThePlantedReport() throws IOException {
        assertEquals(Set.of(planted.id()), ids("check:failed"));
        assertEquals(Set.of(planted.id()), ids("check_failed:text.apply.new.total"));
        assertEquals(Set.of(), ids("check_failed:text.review.total"));
    }
}
