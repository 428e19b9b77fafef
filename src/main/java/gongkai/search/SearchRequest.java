package gongkai.search;

import java.util.List;

/**
 * One search, as the CLI and the HTTP API ask it.
 *
 * @param query  the query in Gongkai's query language; blank matches every report
 * @param page   1-based page number
 * @param size   hits per page
 * @param sort   {@code relevance} (default), {@code year}, {@code -year}, or a figure key or alias,
 *               optionally prefixed with {@code -} for descending (e.g. {@code -penalty.decisions})
 * @param stats  figure keys (or aliases) to compute count/sum/min/max/mean over all matches
 */
public record SearchRequest(String query, int page, int size, String sort, List<String> stats) {

    public static final int DEFAULT_SIZE = 10;

    public static SearchRequest of(String query) {
        return new SearchRequest(query, 1, DEFAULT_SIZE, "relevance", List.of());
    }
}
