package gongkai.search;

import gongkai.index.Schema;
import gongkai.report.FigureKey;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSortField;


/**
 * A {@link SortOrder} as a Lucene sort over the embedded index. Reports without the value
 * come last either way; ties are broken by relevance, then by report id.
 */
final class SortSpec {

    private SortSpec() {
    }

    /** The Lucene sort for an order; ties go to relevance, then to the report id. */
    static Sort of(SortOrder order) {
        boolean desc = order.descending();
        SortField field;
        if (order.figure() == null && order.field().equals(SortOrder.YEAR)) {
            field = IntField.newSortField(Schema.YEAR, desc, SortedNumericSelector.Type.MIN);
            field.setMissingValue(desc ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        } else if (order.figure() == null) {
            field = LongField.newSortField(Schema.INDEXED_AT, desc, SortedNumericSelector.Type.MIN);
            field.setMissingValue(desc ? Long.MIN_VALUE : Long.MAX_VALUE);
        } else {
            FigureKey key = order.figure();
            String f = Schema.figureField(key);
            if (key.decimal()) {
                field = DoubleField.newSortField(f, desc, SortedNumericSelector.Type.MIN);
                field.setMissingValue(desc ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            } else {
                field = LongField.newSortField(f, desc, SortedNumericSelector.Type.MIN);
                field.setMissingValue(desc ? Long.MIN_VALUE : Long.MAX_VALUE);
            }
        }
        return new Sort(field, SortField.FIELD_SCORE, new SortedSetSortField(Schema.ID, false));
    }
}
