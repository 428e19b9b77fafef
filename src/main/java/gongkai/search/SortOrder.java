package gongkai.search;

import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;

import java.util.Optional;

/**
 * The order of hits, as a request names it: {@code relevance} (the default), {@code year},
 * {@code indexed} (when the report was indexed), or a figure by key or alias; a leading
 * {@code -} means descending. Every engine puts reports without the value last either way,
 * then breaks ties by relevance and then by report id, so that paging and exports are stable.
 *
 * @param figure the figure sorted by, or null for a metadata field
 * @param field  {@code year} or {@code indexed} when {@code figure} is null
 */
public record SortOrder(FigureKey figure, String field, boolean descending) {

    public static final String YEAR = "year";
    public static final String INDEXED = "indexed";

    /** Empty for relevance; a {@link QueryException} for a name that is neither a field nor a figure. */
    public static Optional<SortOrder> parse(String spec, FigureCatalog catalog) {
        String s = spec == null ? "" : spec.strip();
        if (s.isEmpty() || s.equals("relevance") || s.equals("score")) return Optional.empty();
        boolean desc = s.startsWith("-");
        String name = desc || s.startsWith("+") ? s.substring(1) : s;
        if (name.equals(YEAR) || name.equals(INDEXED)) return Optional.of(new SortOrder(null, name, desc));
        FigureKey key = catalog.resolve(name).orElseThrow(() -> QueryErrors.general(
                "无法按“" + name + "”排序：可用 relevance、year、-year、indexed 或数字的键名/中文名",
                "cannot sort by '" + name + "': use relevance, year, -year, indexed or a figure key or alias"));
        return Optional.of(new SortOrder(key, null, desc));
    }
}
