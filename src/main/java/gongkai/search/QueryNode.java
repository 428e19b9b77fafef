package gongkai.search;

import gongkai.report.FigureKey;

import java.util.List;

/**
 * A query understood, independent of any engine: what {@link QueryLanguage} parses a query
 * into, and what each engine translates into its own queries ({@code LuceneQueries} for the
 * embedded index, {@code OpenSearchQueries} for a cluster). Field names are the query
 * language's own ({@code agency}, {@code province}, …); each engine maps them to its schema.
 *
 * <p>Free text ({@link Words}, {@link Phrase}) ranks the matches; every other node only
 * filters.
 */
public sealed interface QueryNode {

    /** Whether the node takes part in ranking: free text does, field conditions do not. */
    default boolean scoring() {
        return false;
    }

    /** Every report. */
    record All() implements QueryNode {
    }

    /** An unquoted word: the exact characters side by side, or all of its smartcn words apart. */
    record Words(String text) implements QueryNode {
        @Override
        public boolean scoring() {
            return true;
        }
    }

    /** A quoted phrase: exactly these characters side by side, as Ctrl-F finds them. */
    record Phrase(String text) implements QueryNode {
        @Override
        public boolean scoring() {
            return true;
        }
    }

    /** The field holds exactly this value ({@code level:市级}, {@code check:failed}). */
    record Exact(String field, String value) implements QueryNode {
    }

    /** The field's value starts with this ({@code province:浙江}, {@code region:3311}). */
    record Prefix(String field, String value) implements QueryNode {
    }

    /** The field's value contains this as a substring of its characters ({@code doc_no:〔2021〕}). */
    record Contains(String field, String value) implements QueryNode {
    }

    /** The field's text contains these characters side by side ({@code agency:丽水}), by its per-character tokens. */
    record CharPhrase(String field, String value) implements QueryNode {
    }

    /** The reporting year in a range. */
    record YearRange(NumericRange range) implements QueryNode {
    }

    /** A figure in a range; a report that is missing the figure never matches. */
    record FigureRange(FigureKey key, NumericRange range) implements QueryNode {
    }

    /** Every part matches. */
    record And(List<QueryNode> parts) implements QueryNode {
        @Override
        public boolean scoring() {
            return parts.stream().anyMatch(QueryNode::scoring);
        }
    }

    /** At least one part matches. */
    record Or(List<QueryNode> parts) implements QueryNode {
        @Override
        public boolean scoring() {
            return parts.stream().anyMatch(QueryNode::scoring);
        }
    }

    /** Every report that the inner node does not match. */
    record Not(QueryNode inner) implements QueryNode {
    }
}
