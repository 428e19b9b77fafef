package gongkai.opensearch;

import gongkai.copy.NearestPassContract;
import gongkai.index.ReportSink;
import gongkai.search.SearchEngine;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Path;

/** copy.nearest stored in a cluster's index: the same behaviour as in the embedded one. */
class ClusterNearestPassTest extends NearestPassContract {

    @RegisterExtension
    final ClusterIndex index = new ClusterIndex("copynearest");

    @Override
    protected ReportSink.Factory sinks(Path indexDir) {
        return index.sinks();
    }

    @Override
    protected SearchEngine open(Path indexDir) throws IOException {
        return index.engine();
    }
}
