package gongkai.report;

import java.util.List;
import java.util.Set;

/**
 * One figure of the dictionary ({@code shared/spec/figures.md}): its canonical ASCII key,
 * the Chinese label a reader sees, the templates that have it, and the Chinese aliases a
 * query may use for it.
 *
 * @param key       canonical key, e.g. {@code penalty.decisions}
 * @param table     the report table it sits in: 2 (主动公开), 3 (申请) or 4 (复议诉讼); {@link #DERIVED}
 *                  for a rate computed from other figures rather than read
 * @param label     Chinese label, e.g. {@code 行政处罚 · 处理决定数量}
 * @param templates the templates whose tables carry this figure
 * @param aliases   Chinese names a query may use instead of the key
 * @param decimal   true for amounts that may have decimals (money); false for whole counts
 */
public record FigureKey(String key, int table, String label, Set<Template> templates,
                        List<String> aliases, boolean decimal) {

    /** The table number of a figure that no table prints: a rate computed from read figures. */
    public static final int DERIVED = 0;

    /** True for a rate computed from other figures ({@link RateCalculator}), never read from a table. */
    public boolean derived() {
        return table == DERIVED;
    }

    public boolean in(Template template) {
        return templates.contains(template);
    }
}
