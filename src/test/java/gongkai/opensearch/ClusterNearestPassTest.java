package gongkai.opensearch;

import gongkai.copy.NearestPassContract;
import gongkai.index.ReportSink;
import gongkai.report.FigureCatalog;
import gongkai.search.SearchEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.nio.file.Path;

/** copy.nearest stored in a cluster's index: the same behaviour as in the embedded one. */
class ClusterNearestPassTest extends NearestPassContract {

    private String index;

    @BeforeEach
    void cluster() {
        TestCluster.require();
        index = TestCluster.freshIndex("copynearest");
    }

    @AfterEach
    void drop() {
        if (index != null) TestCluster.delete(index);
    }

    @Override
    protected ReportSink.Factory sinks(Path indexDir) {
        return warnings -> OpenSearchSink.open(TestCluster.urls(), index, 1, 1, warnings);
    }

    @Override
    protected SearchEngine open(Path indexDir) throws IOException {
        return OpenSearchEngine.connect(TestCluster.urls(), index, FigureCatalog.standard());
    }
}
