package gongkai.web;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.search.QueryException;
import gongkai.search.SearchRequest;
import gongkai.search.SearchResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the web layer needs from the search engine. The server is built from one of these,
 * so that it can be started on any index (or a test's) without knowing how it is opened.
 */
public interface ReportSearch {

    /** One page of results; throws {@link QueryException} for a query that cannot be understood. */
    SearchResponse search(SearchRequest request) throws IOException;

    /** The stored JSON of one report (metadata, sections, figures, missing, checks, warnings), if the id is known. */
    Optional<? extends JsonNode> report(String id) throws IOException;

    /**
     * Streams the stored JSON of every matching report, in the given order, to the consumer;
     * throws {@link QueryException} before the first report for a bad query.
     */
    void forEachMatch(String query, String sort, Consumer<? super JsonNode> reportJson) throws IOException;
}
