package gongkai.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.report.FigureCatalog;
import gongkai.search.SearchRequest;
import gongkai.search.SearchResponse;
import gongkai.search.SearchService;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** The web layer's view of a {@link SearchService} over an index folder. */
public final class IndexedSearch implements ReportSearch, AutoCloseable {

    private final SearchService service;

    public IndexedSearch(SearchService service) {
        this.service = service;
    }

    /** Opens the index in {@code dir}; a missing or empty index is a one-line IOException. */
    public static IndexedSearch open(Path dir) throws IOException {
        return new IndexedSearch(SearchService.open(dir, FigureCatalog.standard()));
    }

    @Override
    public SearchResponse search(SearchRequest request) throws IOException {
        return service.search(request);
    }

    @Override
    public Optional<ObjectNode> report(String id) throws IOException {
        return service.report(id);
    }

    @Override
    public void forEachMatch(String query, String sort, Consumer<? super JsonNode> reportJson) throws IOException {
        service.forEachMatch(query, sort, reportJson::accept);
    }

    /** Number of reports in the index. */
    public int size() throws IOException {
        return service.size();
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
