package gongkai.copy;

import gongkai.index.ReportIndexer;
import gongkai.index.ReportSink;
import gongkai.report.FigureCatalog;
import gongkai.search.SearchEngine;
import gongkai.search.SearchService;

import java.io.IOException;
import java.nio.file.Path;

/** copy.nearest stored in the embedded index. */
class NearestPassTest extends NearestPassContract {

    @Override
    protected ReportSink.Factory sinks(Path indexDir) {
        return warnings -> new ReportIndexer(indexDir, warnings);
    }

    @Override
    protected SearchEngine open(Path indexDir) throws IOException {
        return SearchService.open(indexDir, FigureCatalog.standard());
    }
}
