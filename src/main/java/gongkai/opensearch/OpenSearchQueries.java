package gongkai.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.search.NumericRange;
import gongkai.search.QueryNode;
import gongkai.search.QueryTree;
import gongkai.search.TextAnalysis;

import java.util.List;
import java.util.Map;

/**
 * Translates a {@link QueryTree} into OpenSearch Query DSL over {@link OpenSearchSchema}, as
 * {@code gongkai.search.LuceneQueries} does for the embedded index, clause for clause:
 * phrases match on the per-character subfield (recall equal to Ctrl-F) and are ranked by
 * their smartcn words; an unquoted word is the exact phrase, with a bonus, or all its words
 * apart; field conditions filter without scoring.
 */
final class OpenSearchQueries {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The query language's metadata names and the index fields they search. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("agency", OpenSearchSchema.AGENCY_SIMPLIFIED), Map.entry("agency_id", OpenSearchSchema.AGENCY_ID),
            Map.entry("province", OpenSearchSchema.PROVINCE), Map.entry("level", OpenSearchSchema.LEVEL),
            Map.entry("region", OpenSearchSchema.REGION), Map.entry("region_code", OpenSearchSchema.REGION_CODE),
            Map.entry("template", OpenSearchSchema.TEMPLATE), Map.entry("doc_no", OpenSearchSchema.DOC_NO),
            Map.entry("check", OpenSearchSchema.CHECK), Map.entry("check_failed", OpenSearchSchema.CHECK_FAILED),
            Map.entry("ocr", OpenSearchSchema.OCR));

    private final TextAnalysis analysis;
    private final CharRuns chars;

    OpenSearchQueries(TextAnalysis analysis) {
        this.analysis = analysis;
        this.chars = new CharRuns(analysis);
    }

    /** @param docCount reports in the index: it scales the exact-match bonus, as on the embedded engine */
    ObjectNode translate(QueryTree tree, long docCount) {
        return query(tree.root(), docCount);
    }

    private ObjectNode query(QueryNode node, long docCount) {
        return switch (node) {
            case QueryNode.All a -> wrap("match_all", JSON.objectNode());
            case QueryNode.Words w -> word(w.text(), docCount);
            case QueryNode.Phrase p -> phrase(p.text());
            case QueryNode.Exact e -> wrap("term", JSON.objectNode().put(field(e.field()), e.value()));
            case QueryNode.Prefix p -> wrap("prefix", JSON.objectNode().put(field(p.field()), p.value()));
            case QueryNode.Contains c -> wrap("wildcard", JSON.objectNode().set(field(c.field()),
                    JSON.objectNode().put("value", "*" + escapeWildcard(c.value()) + "*")));
            case QueryNode.CharPhrase c -> matchPhrase(OpenSearchSchema.AGENCY_CJK, c.value());
            case QueryNode.YearRange y -> wholeRange(OpenSearchSchema.YEAR, y.range(), Integer.MIN_VALUE, Integer.MAX_VALUE);
            case QueryNode.FigureRange f -> f.key().decimal()
                    ? doubleRange(OpenSearchSchema.figureField(f.key()), f.range())
                    : wholeRange(OpenSearchSchema.figureField(f.key()), f.range(), Long.MIN_VALUE, Long.MAX_VALUE);
            case QueryNode.Not n -> bool().set("bool", JSON.objectNode()
                    .<ObjectNode>set("must", JSON.arrayNode().add(wrap("match_all", JSON.objectNode())))
                    .set("must_not", JSON.arrayNode().add(query(n.inner(), docCount))));
            case QueryNode.Or or -> {
                ArrayNode should = JSON.arrayNode();
                for (QueryNode part : or.parts()) {
                    ObjectNode q = query(part, docCount);
                    should.add(part.scoring() ? q : constant(q, 1f));
                }
                yield wrap("bool", JSON.objectNode().<ObjectNode>set("should", should).put("minimum_should_match", 1));
            }
            case QueryNode.And and -> {
                ArrayNode must = JSON.arrayNode(), filter = JSON.arrayNode(), mustNot = JSON.arrayNode();
                for (QueryNode part : and.parts()) {
                    if (part instanceof QueryNode.Not not) mustNot.add(query(not.inner(), docCount));
                    else (part.scoring() ? must : filter).add(query(part, docCount));
                }
                // Only exclusions (NOT 统计): they exclude from everything.
                if (must.isEmpty() && filter.isEmpty()) must.add(wrap("match_all", JSON.objectNode()));
                ObjectNode b = JSON.objectNode();
                if (!must.isEmpty()) b.set("must", must);
                if (!filter.isEmpty()) b.set("filter", filter);
                if (!mustNot.isEmpty()) b.set("must_not", mustNot);
                yield wrap("bool", b);
            }
        };
    }

    /** The exact phrase decides what matches; its smartcn words rank the matches. */
    private ObjectNode phrase(String phrase) {
        ObjectNode exact = matchPhrase(OpenSearchSchema.TEXT_CHARS, phrase);
        List<String> words = analysis.words(phrase);
        if (words.isEmpty()) return exact;
        ArrayNode should = JSON.arrayNode();
        for (String w : words) should.add(term(OpenSearchSchema.TEXT, w));
        return wrap("bool", JSON.objectNode()
                .<ObjectNode>set("must", JSON.arrayNode().add(constant(exact, 1f)))
                .set("should", should));
    }

    /** The exact phrase, with a bonus above any words-apart score, or all of its smartcn words. */
    private ObjectNode word(String word, long docCount) {
        ObjectNode exact = matchPhrase(OpenSearchSchema.TEXT_CHARS, word);
        List<String> words = analysis.words(word);
        if (words.isEmpty()) return exact;
        ArrayNode apart = JSON.arrayNode();
        for (String w : words) apart.add(term(OpenSearchSchema.TEXT, w));
        float bonus = (float) (Math.log(1 + Math.max(1, docCount) / 1.5) + 1) * words.size();
        return wrap("bool", JSON.objectNode()
                .<ObjectNode>set("should", JSON.arrayNode()
                        .add(constant(exact, bonus))
                        .add(wrap("bool", JSON.objectNode().set("must", apart))))
                .put("minimum_should_match", 1));
    }

    /** The characters side by side, gaps included, on a per-character field ({@link CharRuns}). */
    private ObjectNode matchPhrase(String field, String text) {
        return wrap("match_phrase", JSON.objectNode().set(field, JSON.objectNode().put("query", chars.encode(text)).put("slop", 0)));
    }

    private static ObjectNode term(String field, String value) {
        return wrap("term", JSON.objectNode().put(field, value));
    }

    private static ObjectNode constant(ObjectNode filter, float boost) {
        return wrap("constant_score", JSON.objectNode().<ObjectNode>set("filter", filter).put("boost", boost));
    }

    /** Whole bounds as the embedded engine computes them: {@code >2.5} is {@code >=3}; an empty range matches nothing. */
    private static ObjectNode wholeRange(String field, NumericRange range, long min, long max) {
        NumericRange.WholeBounds b = range.wholeBounds(min, max);
        if (b.empty()) return matchNone();
        ObjectNode r = JSON.objectNode();
        if (b.lower() != min) r.put("gte", b.lower());
        if (b.upper() != max) r.put("lte", b.upper());
        if (r.isEmpty()) return wrap("exists", JSON.objectNode().put("field", field));
        return wrap("range", JSON.objectNode().set(field, r));
    }

    private static ObjectNode doubleRange(String field, NumericRange range) {
        double[] b = range.doubleBounds();
        if (b[0] > b[1]) return matchNone();
        ObjectNode r = JSON.objectNode();
        if (b[0] != Double.NEGATIVE_INFINITY) r.put("gte", b[0]);
        if (b[1] != Double.POSITIVE_INFINITY) r.put("lte", b[1]);
        if (r.isEmpty()) return wrap("exists", JSON.objectNode().put("field", field));
        return wrap("range", JSON.objectNode().set(field, r));
    }

    private static ObjectNode matchNone() {
        return wrap("match_none", JSON.objectNode());
    }

    private static ObjectNode bool() {
        return JSON.objectNode();
    }

    private static ObjectNode wrap(String kind, ObjectNode body) {
        return JSON.objectNode().set(kind, body);
    }

    private static String field(String name) {
        String f = FIELDS.get(name);
        if (f == null) throw new IllegalArgumentException("no index field for " + name);
        return f;
    }

    private static String escapeWildcard(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '*' || c == '?' || c == '\\') out.append('\\');
            out.append(c);
        }
        return out.toString();
    }
}
