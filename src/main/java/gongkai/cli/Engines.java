package gongkai.cli;

import gongkai.opensearch.OpenSearchEngine;
import gongkai.report.FigureCatalog;
import gongkai.search.SearchEngine;
import gongkai.search.SearchService;

import java.io.IOException;

/** Opens the engine that {@link EngineOptions} name. */
final class Engines {

    private Engines() {
    }

    static SearchEngine open(EngineOptions options) throws IOException {
        FigureCatalog catalog = FigureCatalog.standard();
        if (options.onCluster()) return OpenSearchEngine.connect(options.urls(), options.indexName, catalog);
        return SearchService.open(options.indexDir(), catalog);
    }
}
