package gongkai.opensearch;

import gongkai.report.Report;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The OpenSearch cluster of the integration tests: {@code GONGKAI_OPENSEARCH_URL} (comma-separated
 * nodes), by default the two nodes that {@code .ci/opensearch.sh start} runs. Without a cluster
 * the tests are skipped on a developer's machine and fail in CI (where {@code CI} is set).
 * Each test class writes its own index and deletes it afterwards.
 */
final class TestCluster {

    static final String DEFAULT_URLS = "http://127.0.0.1:9250,http://127.0.0.1:9251";

    private TestCluster() {
    }

    static List<String> urls() {
        String env = System.getenv("GONGKAI_OPENSEARCH_URL");
        return Arrays.stream((env == null || env.isBlank() ? DEFAULT_URLS : env).split(",")).map(String::strip).toList();
    }

    /** Fails in CI, skips elsewhere, when no cluster answers. */
    static void require() {
        try (ClusterClient c = new ClusterClient(urls())) {
            c.send("GET", "/_cluster/health", null);
        } catch (IOException e) {
            String why = "no OpenSearch cluster at " + urls() + " (" + e.getMessage() + "); start one with .ci/opensearch.sh start";
            if (System.getenv("CI") != null) fail(why);
            Assumptions.abort(why);
        }
    }

    /** A new index name no other test uses. */
    static String freshIndex(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    /** Writes the reports into {@code index}, creating it with one shard and one replica, and makes them visible. */
    static void write(String index, List<Report> reports) throws IOException {
        write(index, reports, 1, 1);
    }

    static void write(String index, List<Report> reports, int shards, int replicas) throws IOException {
        try (OpenSearchSink sink = OpenSearchSink.open(urls(), index, shards, replicas, w -> { })) {
            for (Report r : reports) sink.upsert(r);
        }
    }

    static void delete(String index) {
        try (ClusterClient c = new ClusterClient(urls())) {
            if (c.status("HEAD", "/" + index) == 200) c.send("DELETE", "/" + index, null);
        } catch (IOException e) {
            // a test index left behind is harmless: its name is unique
        }
    }
}
