package gongkai.search;

import gongkai.report.FigureCatalog;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Gongkai's query language, parsed by recursive descent into a Lucene query:
 *
 * <pre>
 * query   := or
 * or      := and ( "OR" and )*
 * and     := unary ( ["AND"] unary )*          words side by side are ANDed
 * unary   := ("NOT" | "-") unary | primary
 * primary := "(" or ")" | PHRASE | FIELD ":" VALUE | WORD
 * </pre>
 *
 * Free text is handled by {@link TextQueries}, {@code field:value} by {@link FieldQueries}.
 * Anything malformed throws a {@link QueryException} that says what and where.
 */
public final class QueryLanguage {

    /** Longer queries are refused: nobody types them, and they cost. */
    public static final int MAX_LENGTH = 1000;
    /** Words, phrases and field conditions in one query. */
    public static final int MAX_CLAUSES = 64;
    private static final int MAX_DEPTH = 20;

    private final TextQueries text;
    private final FieldQueries fields;

    /** Thread-safe: one per search service. */
    public QueryLanguage(FigureCatalog catalog) {
        this.text = new TextQueries();
        this.fields = new FieldQueries(catalog, text);
    }

    /**
     * @param docCount the number of reports searched: it scales the bonus that ranks exact
     *                 matches above words-apart matches (see {@link TextQueries})
     */
    public ParsedQuery parse(String query, long docCount) {
        return new Parser(query == null ? "" : query, docCount).parse();
    }

    /** A parsed piece: its query, whether it takes part in scoring, and whether it is excluded. */
    private record Node(Query query, boolean scoring, boolean negated) {
        Node negate() {
            return new Node(query, scoring, !negated);
        }

        /** The piece as a query that matches what it means (a negation matches everything else). */
        Query positive() {
            if (!negated) return query;
            return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST).add(query, Occur.MUST_NOT).build();
        }
    }

    private final class Parser {
        private final String source;
        private List<QueryToken> tokens;
        private int p;
        private int depth;
        private int clauses;
        private final Set<String> marks = new LinkedHashSet<>();

        private final long docCount;

        Parser(String source, long docCount) {
            this.source = source;
            this.docCount = docCount;
        }

        ParsedQuery parse() {
            if (source.length() > MAX_LENGTH) {
                throw QueryErrors.at(MAX_LENGTH, "查询太长，最多 " + MAX_LENGTH + " 个字符",
                        "query too long: at most " + MAX_LENGTH + " characters");
            }
            tokens = new QueryLexer(source).tokens();
            if (tokens.isEmpty()) return new ParsedQuery(new MatchAllDocsQuery(), List.of());
            Node n = or(false);
            if (p < tokens.size()) {
                QueryToken t = tokens.get(p);
                throw QueryErrors.at(t.pos(), "多余的右括号", "unbalanced parenthesis: ) without (");
            }
            Query q = n == null ? new MatchAllDocsQuery() : n.positive();
            return new ParsedQuery(q, List.copyOf(marks));
        }

        private Node or(boolean negated) {
            List<Node> parts = new ArrayList<>();
            parts.add(and(negated));
            while (at(QueryToken.Kind.OR)) {
                QueryToken op = tokens.get(p++);
                if (atEnd() || at(QueryToken.Kind.RPAREN) || at(QueryToken.Kind.OR)) {
                    throw QueryErrors.at(op.pos(), "OR 后缺少内容", "nothing after OR");
                }
                parts.add(and(negated));
            }
            parts.removeIf(java.util.Objects::isNull);
            if (parts.isEmpty()) return null;
            if (parts.size() == 1) return parts.get(0);
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            boolean scoring = false;
            for (Node n : parts) {
                b.add(n.scoring() ? n.positive() : new ConstantScoreQuery(n.positive()), Occur.SHOULD);
                scoring |= n.scoring();
            }
            return new Node(b.build(), scoring, false);
        }

        private Node and(boolean negated) {
            if (at(QueryToken.Kind.OR) || at(QueryToken.Kind.AND)) {
                QueryToken t = tokens.get(p);
                throw QueryErrors.at(t.pos(), t.text() + " 前缺少内容", "nothing before " + t.text());
            }
            if (at(QueryToken.Kind.RPAREN)) {
                throw QueryErrors.at(tokens.get(p).pos(), "括号内是空的", "empty parentheses");
            }
            List<Node> parts = new ArrayList<>();
            while (!atEnd() && !at(QueryToken.Kind.RPAREN) && !at(QueryToken.Kind.OR)) {
                if (at(QueryToken.Kind.AND)) {
                    QueryToken op = tokens.get(p++);
                    if (atEnd() || at(QueryToken.Kind.RPAREN) || at(QueryToken.Kind.OR) || at(QueryToken.Kind.AND)) {
                        throw QueryErrors.at(op.pos(), "AND 后缺少内容", "nothing after AND");
                    }
                }
                parts.add(unary(negated));
            }
            parts.removeIf(java.util.Objects::isNull);
            if (parts.isEmpty()) return null;
            if (parts.size() == 1 && !parts.get(0).negated()) return parts.get(0);
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            boolean scoring = false, positive = false;
            for (Node n : parts) {
                if (n.negated()) {
                    b.add(n.query(), Occur.MUST_NOT);
                } else {
                    b.add(n.query(), n.scoring() ? Occur.MUST : Occur.FILTER);
                    scoring |= n.scoring();
                    positive = true;
                }
            }
            // Only exclusions (NOT 统计): they exclude from everything.
            if (!positive) b.add(new MatchAllDocsQuery(), Occur.MUST);
            return new Node(b.build(), scoring, false);
        }

        private Node unary(boolean negated) {
            if (at(QueryToken.Kind.NOT) || at(QueryToken.Kind.MINUS)) {
                QueryToken op = tokens.get(p++);
                if (atEnd() || at(QueryToken.Kind.RPAREN) || at(QueryToken.Kind.OR) || at(QueryToken.Kind.AND)) {
                    throw QueryErrors.at(op.pos(), op.text() + " 后缺少要排除的内容", "nothing to exclude after " + op.text());
                }
                Node inner = unary(!negated);
                return inner == null ? null : inner.negate();
            }
            return primary(negated);
        }

        private Node primary(boolean negated) {
            QueryToken t = tokens.get(p++);
            switch (t.kind()) {
                case LPAREN -> {
                    if (++depth > MAX_DEPTH) {
                        throw QueryErrors.at(t.pos(), "括号嵌套太深", "parentheses nested too deep");
                    }
                    Node inner = or(negated);
                    if (!at(QueryToken.Kind.RPAREN)) {
                        throw QueryErrors.at(t.pos(), "左括号没有对应的右括号", "unbalanced parenthesis: ( is never closed");
                    }
                    p++;
                    depth--;
                    return inner;
                }
                case PHRASE -> {
                    count(t);
                    TextQueries.Text q = text.phrase(t.text());
                    if (q == null) throw QueryErrors.at(t.pos(), "引号中没有可搜索的字", "the quoted phrase has nothing searchable");
                    if (!negated) marks.addAll(q.marks());
                    return new Node(q.query(), true, false);
                }
                case FIELD -> {
                    count(t);
                    if (!fields.knows(t.text())) throw fields.unknown(t);
                    return new Node(fields.query(t), false, false);
                }
                case WORD -> {
                    count(t);
                    TextQueries.Text q = text.word(t.text(), docCount);
                    if (q == null) return null; // a lone punctuation mark: nothing to look for
                    if (!negated) marks.addAll(q.marks());
                    return new Node(q.query(), true, false);
                }
                default -> throw QueryErrors.at(t.pos(), "此处不应出现 " + t.text(), "unexpected " + t.text());
            }
        }

        private void count(QueryToken t) {
            if (++clauses > MAX_CLAUSES) {
                throw QueryErrors.at(t.pos(), "条件太多，最多 " + MAX_CLAUSES + " 个", "too many terms: at most " + MAX_CLAUSES);
            }
        }

        private boolean atEnd() {
            return p >= tokens.size();
        }

        private boolean at(QueryToken.Kind kind) {
            return p < tokens.size() && tokens.get(p).kind() == kind;
        }
    }
}
