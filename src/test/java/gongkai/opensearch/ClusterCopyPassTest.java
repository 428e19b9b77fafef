package gongkai.opensearch;

import gongkai.copy.CopyPassContract;
import gongkai.index.ReportSink;
import gongkai.search.SearchEngine;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Path;

/** Copy measures stored in a cluster's index: the same behaviour as in the embedded one. */
class ClusterCopyPassTest extends CopyPassContract {

    @RegisterExtension
    final ClusterIndex index = new ClusterIndex("copypass");

    @Override
    protected ReportSink.Factory sinks(Path indexDir) {
        return index.sinks();
    }

    @Override
    protected SearchEngine open(Path indexDir) throws IOException {
        return index.engine();
    }
}
