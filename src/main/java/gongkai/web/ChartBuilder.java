package gongkai.web;

import gongkai.report.FigureKey;
import gongkai.search.FacetValue;
import gongkai.search.FigureStats;
import gongkai.search.SearchRequest;
import gongkai.search.SearchResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds {@link ChartData} from the search engine's own statistics: one search for the
 * groups (the facet of {@code by}), then one per group with the figure's statistics, each
 * restricted by a field clause of the query language. Statistics come from doc values over
 * all matches, so a chart costs a few searches whatever the number of reports.
 */
final class ChartBuilder {

    static final List<String> DIMENSIONS = List.of("year", "province");
    /** Beyond this a bar chart is unreadable; every province fits. */
    static final int MAX_GROUPS = 40;
    /** Facet values that can stand in a field clause without quoting. */
    private static final Pattern PLAIN_VALUE = Pattern.compile("[\\p{IsHan}\\p{L}\\p{N}]+");

    private final ReportSearch search;

    ChartBuilder(ReportSearch search) {
        this.search = search;
    }

    ChartData build(String query, FigureKey figure, String by) throws IOException {
        SearchResponse all = search.search(new SearchRequest(query, 1, 1, "relevance", List.of(figure.key())));
        List<FacetValue> values = new ArrayList<>(all.facets().getOrDefault(by, List.of()));
        if (by.equals("year")) values.sort(Comparator.comparing(FacetValue::value));
        List<ChartData.Group> groups = new ArrayList<>();
        for (FacetValue v : values) {
            if (groups.size() == MAX_GROUPS) break;
            if (!PLAIN_VALUE.matcher(v.value()).matches()) continue;
            String clause = by + ":" + v.value();
            String q = query.isBlank() ? clause : "(" + query + ") " + clause;
            SearchResponse r = search.search(new SearchRequest(q, 1, 1, "relevance", List.of(figure.key())));
            FigureStats s = r.stats().get(figure.key());
            groups.add(s == null
                    ? new ChartData.Group(v.value(), r.total(), 0, null, null, null, null)
                    : new ChartData.Group(v.value(), r.total(), s.count(), s.sum(), s.mean(), s.min(), s.max()));
        }
        return new ChartData(query, figure.key(), figure.label(), by, all.total(), groups);
    }
}
