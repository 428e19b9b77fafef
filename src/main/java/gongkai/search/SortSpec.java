package gongkai.search;

import gongkai.index.Schema;
import gongkai.report.FigureKey;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSortField;

import java.util.Optional;


/**
 * A {@link SortOrder} as a Lucene sort over the embedded index. Reports without the value
 * come last either way; ties are broken by relevance, then by {@link #TIES}: newest year first,
 * then agency, then report id, so that reports of equal score (every report of an empty query)
 * come in one order on every run and on both engines.
 */
final class SortSpec {

    private SortSpec() {
    }

    /** The order of equal scores, after relevance: year descending, agency, id (OpenSearchEngine sorts alike). */
    private static SortField[] ties() {
        SortField year = IntField.newSortField(Schema.YEAR, true, SortedNumericSelector.Type.MIN);
        year.setMissingValue(Integer.MIN_VALUE);
        SortField agency = new SortedSetSortField(Schema.AGENCY, false);
        agency.setMissingValue(SortField.STRING_LAST);
        return new SortField[]{SortField.FIELD_SCORE, year, agency, new SortedSetSortField(Schema.ID, false)};
    }

    /**
     * The score of a hit collected under {@code sort}: a field-sorted collector leaves
     * {@link ScoreDoc#score} unset and keeps the score among the sort values instead.
     */
    static float score(ScoreDoc hit, Sort sort) {
        if (hit instanceof FieldDoc fd) {
            SortField[] fields = sort.getSort();
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].getType() == SortField.Type.SCORE && fd.fields[i] instanceof Float f) return f;
            }
        }
        return hit.score;
    }

    /** Relevance: score first, then the ties. */
    static Sort relevance() {
        return new Sort(ties());
    }

    /** The Lucene sort for an order, or relevance when there is none. */
    static Sort of(Optional<SortOrder> order) {
        return order.map(SortSpec::of).orElseGet(SortSpec::relevance);
    }

    /** The Lucene sort for an order; ties go to relevance, then year, agency and report id. */
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
        SortField[] ties = ties();
        SortField[] all = new SortField[ties.length + 1];
        all[0] = field;
        System.arraycopy(ties, 0, all, 1, ties.length);
        return new Sort(all);
    }
}
