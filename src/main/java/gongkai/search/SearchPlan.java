package gongkai.search;

import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link SearchRequest} checked and understood, the same way for every engine: the page
 * within the limits, the query parsed, the sort and the statistics resolved to figures.
 */
public record SearchPlan(QueryTree query, Optional<SortOrder> sort, List<FigureKey> stats, int page, int size) {

    public static SearchPlan of(SearchRequest request, QueryLanguage language, FigureCatalog catalog) {
        int page = request.page() <= 0 ? 1 : request.page();
        int size = request.size() <= 0 ? SearchRequest.DEFAULT_SIZE : request.size();
        SearchLimits limits = language.limits();
        if (size > limits.maxSize()) {
            throw QueryErrors.general("每页最多 " + limits.maxSize() + " 条", "at most " + limits.maxSize() + " hits per page");
        }
        if ((long) page * size > limits.maxDepth()) {
            throw QueryErrors.general("最多只能翻到第 " + limits.maxDepth() + " 条结果，请缩小查询范围",
                    "paging stops at hit " + limits.maxDepth() + "; narrow the query");
        }
        if (request.stats() != null && request.stats().size() > limits.maxStats()) {
            throw QueryErrors.general("统计指标太多：最多 " + limits.maxStats() + " 个", "at most " + limits.maxStats() + " stats");
        }
        Optional<SortOrder> sort = SortOrder.parse(request.sort(), catalog);
        List<FigureKey> stats = statKeys(request.stats(), catalog);
        return new SearchPlan(language.parse(request.query()), sort, stats, page, size);
    }

    /** Hits to collect: every page up to and including this one. */
    public int depth() {
        return page * size;
    }

    /** The sort as the response names it. */
    public static String sortName(SearchRequest request) {
        return request.sort() == null || request.sort().isBlank() ? "relevance" : request.sort();
    }

    private static List<FigureKey> statKeys(List<String> names, FigureCatalog catalog) {
        List<FigureKey> keys = new ArrayList<>();
        if (names == null) return keys;
        for (String n : names) {
            if (n == null || n.isBlank()) continue;
            FigureKey k = catalog.resolve(n.strip()).orElseThrow(() -> QueryErrors.general(
                    "无法统计“" + n + "”：不是数字的键名或中文名", "cannot compute statistics of '" + n + "': not a figure key or alias"));
            if (!keys.contains(k)) keys.add(k);
        }
        return keys;
    }
}
