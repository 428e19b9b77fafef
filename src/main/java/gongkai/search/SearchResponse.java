package gongkai.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: what {@code gongkai search --json} prints and
 * {@code GET /api/search} returns.
 *
 * @param total  number of matching reports
 * @param facets dimension (year, province, level, agency, check) to value counts, most frequent first
 * @param stats  figure key to statistics over all matching reports
 */
public record SearchResponse(String query, long total, int page, int size, String sort, List<Hit> hits,
                             Map<String, List<FacetValue>> facets, Map<String, FigureStats> stats,
                             double tookMs) {
}
