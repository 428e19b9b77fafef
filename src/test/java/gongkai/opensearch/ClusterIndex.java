package gongkai.opensearch;

import gongkai.index.ReportSink;
import gongkai.report.FigureCatalog;
import gongkai.search.SearchEngine;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;

/**
 * One test's index on the {@link TestCluster}: before each test the cluster is required and the
 * index named afresh (so that no two tests share one), after it the index is deleted. A test class
 * registers it with {@code @RegisterExtension final ClusterIndex index = new ClusterIndex("prefix");}.
 */
final class ClusterIndex implements BeforeEachCallback, AfterEachCallback, AutoCloseable {

    private final String prefix;
    private String name;

    ClusterIndex(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        TestCluster.require();
        name = TestCluster.freshIndex(prefix);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    /** This test's index name. */
    String name() {
        return name;
    }

    /** Sinks writing into this index, created with one shard and one replica. */
    ReportSink.Factory sinks() {
        return warnings -> OpenSearchSink.open(TestCluster.urls(), name, 1, 1, warnings);
    }

    /** A search over this index. */
    SearchEngine engine() throws IOException {
        return OpenSearchEngine.connect(TestCluster.urls(), name, FigureCatalog.standard());
    }

    /** Deletes the index, if one was named and not yet deleted. */
    @Override
    public void close() {
        if (name != null) TestCluster.delete(name);
        name = null;
    }
}
