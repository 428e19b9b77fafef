package gongkai.search;

import gongkai.index.Schema;
import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;

import java.util.Optional;

/**
 * The order of hits: {@code relevance} (BM25), {@code year}, or a figure by key or alias;
 * a leading {@code -} means descending. Reports without the value come last either way, and
 * ties are broken by relevance.
 */
final class SortSpec {

    private SortSpec() {
    }

    /** Empty for relevance. */
    static Optional<Sort> parse(String spec, FigureCatalog catalog) {
        String s = spec == null ? "" : spec.strip();
        if (s.isEmpty() || s.equals("relevance") || s.equals("score")) return Optional.empty();
        boolean desc = s.startsWith("-");
        String name = desc || s.startsWith("+") ? s.substring(1) : s;
        SortField field;
        if (name.equals(Schema.YEAR)) {
            field = IntField.newSortField(Schema.YEAR, desc, SortedNumericSelector.Type.MIN);
            field.setMissingValue(desc ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        } else {
            FigureKey key = catalog.resolve(name).orElseThrow(() -> QueryErrors.general(
                    "无法按“" + name + "”排序：可用 relevance、year、-year 或数字的键名/中文名",
                    "cannot sort by '" + name + "': use relevance, year, -year or a figure key or alias"));
            String f = Schema.figureField(key);
            if (key.decimal()) {
                field = DoubleField.newSortField(f, desc, SortedNumericSelector.Type.MIN);
                field.setMissingValue(desc ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            } else {
                field = LongField.newSortField(f, desc, SortedNumericSelector.Type.MIN);
                field.setMissingValue(desc ? Long.MIN_VALUE : Long.MAX_VALUE);
            }
        }
        return Optional.of(new Sort(field, SortField.FIELD_SCORE));
    }
}
