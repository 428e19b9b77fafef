package gongkai.opensearch;

import gongkai.report.Report;
import gongkai.search.SearchRequest;
import gongkai.search.TestIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * An index with one replica keeps answering when a data node dies, takes new reports while it
 * is gone, and is whole again when it returns. The node is killed with the cluster script of
 * {@code .ci/opensearch.sh} ({@code GONGKAI_OS_SCRIPT}); node 2 holds data only, so a cluster
 * manager remains.
 */
class NodeLossTest {

    static Path script;
    static List<Report> reports;
    static String index;
    static OpenSearchEngine engine;

    @BeforeAll
    static void write() throws Exception {
        TestCluster.require();
        String s = System.getenv("GONGKAI_OS_SCRIPT");
        if (s == null || !Files.isExecutable(Path.of(s))) {
            String why = "GONGKAI_OS_SCRIPT does not name the cluster script (.ci/opensearch.sh)";
            if (System.getenv("CI") != null) fail(why);
            Assumptions.abort(why);
        }
        script = Path.of(s);
        reports = TestIndex.samples();
        index = TestCluster.freshIndex("nodeloss");
        TestCluster.write(index, reports.subList(0, reports.size() - 3), 2, 1);
        waitFor("green");
        engine = OpenSearchEngine.connect(TestCluster.urls(), index, TestIndex.CATALOG);
    }

    @AfterAll
    static void close() throws Exception {
        if (script != null) run("start-node", "2");
        if (engine != null) engine.close();
        if (index != null) TestCluster.delete(index);
    }

    @Test
    void everyQueryIsAnsweredWithANodeDownAndIndexingGoesOn() throws Exception {
        List<String> queries = List.of("", "\"人口普查\"", "year:2020", "penalty.decisions:>=1", "province:福建");
        List<Long> before = totals(queries);
        run("kill-node", "2");
        try {
            assertEquals(before, totals(queries), "with node 2 down");
            assertEquals(before, totals(queries), "again, once the client knows node 2 is down");
            TestCluster.write(index, reports.subList(reports.size() - 3, reports.size()), 2, 1);
            assertEquals(reports.size(), engine.size());
        } finally {
            run("start-node", "2");
        }
        waitFor("green");
        assertEquals(reports.size(), engine.size());
        assertEquals(reports.size(), engine.search(new SearchRequest("", 1, 1, "relevance", List.of())).total());
    }

    static List<Long> totals(List<String> queries) throws IOException {
        List<Long> out = new ArrayList<>();
        for (String q : queries) out.add(engine.search(new SearchRequest(q, 1, 10, "relevance", List.of())).total());
        return out;
    }

    static void waitFor(String status) throws IOException {
        try (ClusterClient c = new ClusterClient(TestCluster.urls())) {
            c.send("GET", "/_cluster/health/" + index, null, Map.of("wait_for_status", status, "timeout", "90s"));
        }
    }

    static void run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", script.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (p.waitFor() != 0) throw new IOException("cluster script failed: " + cmd);
    }
}
