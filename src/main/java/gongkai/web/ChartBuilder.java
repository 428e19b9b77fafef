package gongkai.web;

import gongkai.report.FigureKey;
import gongkai.search.GroupStats;
import gongkai.search.SearchEngine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link ChartData} from the engine's statistics per group: the figure summed and
 * averaged per year or per province over all matches, read from the index's numeric values,
 * so a chart costs what a search costs whatever the number of reports.
 */
final class ChartBuilder {

    static final List<String> DIMENSIONS = SearchEngine.CHART_DIMENSIONS;
    /** Beyond this a bar chart is unreadable; every province fits. */
    static final int MAX_GROUPS = 40;

    private final SearchEngine search;

    ChartBuilder(SearchEngine search) {
        this.search = search;
    }

    ChartData build(String query, FigureKey figure, String by) throws IOException {
        List<GroupStats> stats = search.groupStats(query, by, figure, MAX_GROUPS);
        long total = search.search(new gongkai.search.SearchRequest(query, 1, 1, "relevance", List.of())).total();
        List<ChartData.Group> groups = new ArrayList<>();
        for (GroupStats g : stats) {
            var s = g.stats();
            groups.add(s == null || s.count() == 0
                    ? new ChartData.Group(g.value(), g.reports(), 0, null, null, null, null)
                    : new ChartData.Group(g.value(), g.reports(), s.count(), s.sum(), s.mean(), s.min(), s.max()));
        }
        return new ChartData(query, figure.key(), figure.label(), by, total, groups);
    }
}
