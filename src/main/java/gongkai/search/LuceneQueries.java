package gongkai.search;

import gongkai.index.Schema;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

import java.util.Map;

/**
 * Translates a {@link QueryTree} into a Lucene query over the embedded index's
 * {@link Schema}. Free text goes to {@link TextQueries}; field conditions filter without
 * scoring, so ranking stays the text's business.
 */
public final class LuceneQueries {

    /** The query language's metadata names and the index fields they search. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("agency", Schema.AGENCY_SIMPLIFIED), Map.entry("agency_id", Schema.AGENCY_ID),
            Map.entry("province", Schema.PROVINCE), Map.entry("level", Schema.LEVEL),
            Map.entry("region", Schema.REGION), Map.entry("region_code", Schema.REGION_CODE),
            Map.entry("template", Schema.TEMPLATE), Map.entry("doc_no", Schema.DOC_NO),
            Map.entry("check", Schema.CHECK), Map.entry("check_failed", Schema.CHECK_FAILED),
            Map.entry("ocr", Schema.OCR));

    private final TextQueries text;

    public LuceneQueries(TextAnalysis analysis) {
        this.text = new TextQueries(analysis);
    }

    /**
     * @param docCount the number of reports searched: it scales the bonus that ranks exact
     *                 matches above words-apart matches (see {@link TextQueries})
     */
    public Query translate(QueryTree tree, long docCount) {
        return query(tree.root(), docCount);
    }

    private Query query(QueryNode node, long docCount) {
        return switch (node) {
            case QueryNode.All a -> new MatchAllDocsQuery();
            case QueryNode.Words w -> text.word(w.text(), docCount);
            case QueryNode.Phrase p -> text.phrase(p.text());
            case QueryNode.Exact e -> new TermQuery(new Term(field(e.field()), e.value()));
            case QueryNode.Prefix p -> new PrefixQuery(new Term(field(p.field()), p.value()));
            case QueryNode.Contains c -> contains(field(c.field()), c.value());
            case QueryNode.CharPhrase c -> {
                Query q = text.charPhrase(Schema.AGENCY_CJK, c.value());
                yield q == null ? new MatchNoDocsQuery() : q;
            }
            case QueryNode.YearRange y -> y.range().intQuery(Schema.YEAR);
            case QueryNode.FigureRange f -> f.key().decimal()
                    ? f.range().doubleQuery(Schema.figureField(f.key()))
                    : f.range().longQuery(Schema.figureField(f.key()));
            case QueryNode.Not n -> new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), Occur.MUST).add(query(n.inner(), docCount), Occur.MUST_NOT).build();
            case QueryNode.Or or -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                for (QueryNode part : or.parts()) {
                    Query q = query(part, docCount);
                    b.add(part.scoring() ? q : new ConstantScoreQuery(q), Occur.SHOULD);
                }
                yield b.build();
            }
            case QueryNode.And and -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                boolean positive = false;
                for (QueryNode part : and.parts()) {
                    if (part instanceof QueryNode.Not not) {
                        b.add(query(not.inner(), docCount), Occur.MUST_NOT);
                    } else {
                        b.add(query(part, docCount), part.scoring() ? Occur.MUST : Occur.FILTER);
                        positive = true;
                    }
                }
                // Only exclusions (NOT 统计): they exclude from everything.
                if (!positive) b.add(new MatchAllDocsQuery(), Occur.MUST);
                yield b.build();
            }
        };
    }

    private static String field(String name) {
        String f = FIELDS.get(name);
        if (f == null) throw new IllegalArgumentException("no index field for " + name);
        return f;
    }

    private static Query contains(String field, String value) {
        StringBuilder escaped = new StringBuilder("*");
        for (char c : value.toCharArray()) {
            if (c == '*' || c == '?' || c == '\\') escaped.append('\\');
            escaped.append(c);
        }
        return new WildcardQuery(new Term(field, escaped.append('*').toString()));
    }
}
