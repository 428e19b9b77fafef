package gongkai.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.report.FigureKey;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What the web layer and the command line ask of a search engine. Two implement it: the
 * embedded Lucene index ({@link SearchService}) and an OpenSearch cluster
 * ({@code gongkai.opensearch.OpenSearchEngine}). Both parse queries with the same
 * {@link QueryLanguage}, so a query means the same and fails with the same message on either.
 *
 * <p>A query that cannot be understood throws {@link QueryException}; an engine that cannot
 * answer (a cluster down or too slow) throws {@link EngineUnavailableException}.
 */
public interface SearchEngine extends AutoCloseable {

    /** The dimensions a chart can group by. */
    List<String> CHART_DIMENSIONS = List.of("year", "province");

    /** One page of results, with facets and statistics over all matches. */
    SearchResponse search(SearchRequest request) throws IOException;

    /**
     * The newest matches of {@code query} by indexing time, newest first, for a feed: the hits
     * with their snippets as {@link #search} gives them, sorted by {@code -indexed}. The answer
     * may leave out what a feed does not show — facets, statistics, the hits' figures — and its
     * {@code total} may then count only the matches looked at; this default is a whole search.
     */
    default SearchResponse newest(String query, int size) throws IOException {
        return search(new SearchRequest(query, 1, size, "-" + SortOrder.INDEXED, List.of()));
    }

    /** The stored report (metadata, sections, figures, missing, checks, warnings, text), if the id is known. */
    Optional<ObjectNode> report(String id) throws IOException;

    /**
     * Streams the stored JSON (without text) of every matching report, in the given order, to
     * the consumer, never holding them all in memory; throws {@link QueryException} before the
     * first report for a bad query.
     *
     * @return the number of reports handed over
     */
    long forEachMatch(String query, String sort, Consumer<? super JsonNode> reportJson) throws IOException;

    /** Number of reports searched. */
    long size() throws IOException;

    /** The limits every search through this engine is held to; the web layer and the page take theirs from here. */
    SearchLimits limits();

    /** Where the reports are, for a start-up line: {@code index/} or {@code gongkai on http://…}. */
    String describe();

    /**
     * One figure's statistics per year or per province over the matches of {@code query}, years
     * ascending, provinces by number of reports; at most {@code maxGroups} groups. This default
     * asks one search for the groups and one per group; an engine with grouped aggregations
     * does it in one request.
     */
    default List<GroupStats> groupStats(String query, String by, FigureKey figure, int maxGroups) throws IOException {
        SearchResponse all = search(new SearchRequest(query, 1, 1, "relevance", List.of(figure.key())));
        List<FacetValue> values = new ArrayList<>(all.facets().getOrDefault(by, List.of()));
        if (by.equals("year")) values.sort(Comparator.comparing(FacetValue::value));
        Pattern plain = Pattern.compile("[\\p{IsHan}\\p{L}\\p{N}]+");
        List<GroupStats> groups = new ArrayList<>();
        for (FacetValue v : values) {
            if (groups.size() == maxGroups) break;
            if (!plain.matcher(v.value()).matches()) continue;
            String clause = by + ":" + (by.equals("year") ? v.value() : "=" + v.value());
            String q = query.isBlank() ? clause : "(" + query + ") " + clause;
            SearchResponse r = search(new SearchRequest(q, 1, 1, "relevance", List.of(figure.key())));
            groups.add(new GroupStats(v.value(), r.total(), r.stats().get(figure.key())));
        }
        return groups;
    }

    @Override
    void close() throws IOException;

    /**
     * Whether every search, report and chart call returns within {@link #limits()}'s time by
     * itself (the engine checks a deadline as it works), so that the web layer may run it on the
     * request's thread instead of watching it from another. False unless the engine says so.
     */
    default boolean stopsAtItsLimit() {
        return false;
    }
}
