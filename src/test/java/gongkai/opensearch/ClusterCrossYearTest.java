package gongkai.opensearch;

import gongkai.history.CrossYearPassContract;
import gongkai.index.ReportSink;
import gongkai.search.SearchEngine;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Path;

/** Cross-year checks stored in a cluster's index: the same behaviour as in the embedded one. */
class ClusterCrossYearTest extends CrossYearPassContract {

    @RegisterExtension
    final ClusterIndex index = new ClusterIndex("crossyear");

    @Override
    protected ReportSink.Factory sinks(Path indexDir) {
        return index.sinks();
    }

    @Override
    protected SearchEngine open(Path indexDir) throws IOException {
        return index.engine();
    }
}
