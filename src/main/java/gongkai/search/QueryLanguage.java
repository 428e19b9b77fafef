package gongkai.search;

import gongkai.report.FigureCatalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Gongkai's query language, parsed by recursive descent into a {@link QueryTree} that each
 * engine translates into its own query:
 *
 * <pre>
 * query   := or
 * or      := and ( "OR" and )*
 * and     := unary ( ["AND"] unary )*          words side by side are ANDed
 * unary   := ("NOT" | "-") unary | primary
 * primary := "(" or ")" | PHRASE | FIELD ":" VALUE | WORD
 * </pre>
 *
 * {@code field:value} is understood by {@link FieldConditions}. Anything malformed throws a
 * {@link QueryException} that says what and where, whichever engine runs the query.
 */
public final class QueryLanguage {

    private final TextAnalysis analysis;
    private final FieldConditions fields;
    private final SearchLimits limits;

    /** Thread-safe: one per search engine. */
    public QueryLanguage(FigureCatalog catalog, SearchLimits limits) {
        this.analysis = new TextAnalysis();
        this.fields = new FieldConditions(catalog, analysis);
        this.limits = Objects.requireNonNull(limits);
    }

    /** With the {@link SearchLimits#DEFAULTS default limits}. */
    public QueryLanguage(FigureCatalog catalog) {
        this(catalog, SearchLimits.DEFAULTS);
    }

    /** The limits queries are checked against. */
    public SearchLimits limits() {
        return limits;
    }

    public QueryTree parse(String query) {
        return new Parser(query == null ? "" : query).parse();
    }

    /** The analysis the parser checked the text with, for engines that build on it. */
    public TextAnalysis analysis() {
        return analysis;
    }

    private final class Parser {
        private final String source;
        private List<QueryToken> tokens;
        private int p;
        private int depth;
        private int clauses;
        private final Set<String> marks = new LinkedHashSet<>();

        Parser(String source) {
            this.source = source;
        }

        QueryTree parse() {
            int maxLength = limits.maxQueryLength();
            if (source.length() > maxLength) {
                throw QueryErrors.at(maxLength, "查询太长，最多 " + maxLength + " 个字符",
                        "query too long: at most " + maxLength + " characters");
            }
            tokens = new QueryLexer(source).tokens();
            if (tokens.isEmpty()) return new QueryTree(new QueryNode.All(), List.of());
            QueryNode n = or(false);
            if (p < tokens.size()) {
                QueryToken t = tokens.get(p);
                throw QueryErrors.at(t.pos(), "多余的右括号", "unbalanced parenthesis: ) without (");
            }
            return new QueryTree(n == null ? new QueryNode.All() : n, List.copyOf(marks));
        }

        private QueryNode or(boolean negated) {
            List<QueryNode> parts = new ArrayList<>();
            parts.add(and(negated));
            while (at(QueryToken.Kind.OR)) {
                QueryToken op = tokens.get(p++);
                if (atEnd() || at(QueryToken.Kind.RPAREN) || at(QueryToken.Kind.OR)) {
                    throw QueryErrors.at(op.pos(), "OR 后缺少内容", "nothing after OR");
                }
                parts.add(and(negated));
            }
            parts.removeIf(Objects::isNull);
            if (parts.isEmpty()) return null;
            if (parts.size() == 1) return parts.get(0);
            return new QueryNode.Or(List.copyOf(parts));
        }

        private QueryNode and(boolean negated) {
            if (at(QueryToken.Kind.OR) || at(QueryToken.Kind.AND)) {
                QueryToken t = tokens.get(p);
                throw QueryErrors.at(t.pos(), t.text() + " 前缺少内容", "nothing before " + t.text());
            }
            if (at(QueryToken.Kind.RPAREN)) {
                throw QueryErrors.at(tokens.get(p).pos(), "括号内是空的", "empty parentheses");
            }
            List<QueryNode> parts = new ArrayList<>();
            while (!atEnd() && !at(QueryToken.Kind.RPAREN) && !at(QueryToken.Kind.OR)) {
                if (at(QueryToken.Kind.AND)) {
                    QueryToken op = tokens.get(p++);
                    if (atEnd() || at(QueryToken.Kind.RPAREN) || at(QueryToken.Kind.OR) || at(QueryToken.Kind.AND)) {
                        throw QueryErrors.at(op.pos(), "AND 后缺少内容", "nothing after AND");
                    }
                }
                parts.add(unary(negated));
            }
            parts.removeIf(Objects::isNull);
            if (parts.isEmpty()) return null;
            if (parts.size() == 1) return parts.get(0);
            return new QueryNode.And(List.copyOf(parts));
        }

        private QueryNode unary(boolean negated) {
            if (at(QueryToken.Kind.NOT) || at(QueryToken.Kind.MINUS)) {
                QueryToken op = tokens.get(p++);
                if (atEnd() || at(QueryToken.Kind.RPAREN) || at(QueryToken.Kind.OR) || at(QueryToken.Kind.AND)) {
                    throw QueryErrors.at(op.pos(), op.text() + " 后缺少要排除的内容", "nothing to exclude after " + op.text());
                }
                QueryNode inner = unary(!negated);
                if (inner == null) return null;
                return inner instanceof QueryNode.Not not ? not.inner() : new QueryNode.Not(inner);
            }
            return primary(negated);
        }

        private QueryNode primary(boolean negated) {
            QueryToken t = tokens.get(p++);
            switch (t.kind()) {
                case LPAREN -> {
                    if (++depth > limits.maxNesting()) {
                        throw QueryErrors.at(t.pos(), "括号嵌套太深", "parentheses nested too deep");
                    }
                    QueryNode inner = or(negated);
                    if (!at(QueryToken.Kind.RPAREN)) {
                        throw QueryErrors.at(t.pos(), "左括号没有对应的右括号", "unbalanced parenthesis: ( is never closed");
                    }
                    p++;
                    depth--;
                    return inner;
                }
                case PHRASE -> {
                    count(t);
                    if (!analysis.searchable(t.text())) {
                        throw QueryErrors.at(t.pos(), "引号中没有可搜索的字", "the quoted phrase has nothing searchable");
                    }
                    if (!negated) marks.add(t.text().strip());
                    return new QueryNode.Phrase(t.text());
                }
                case FIELD -> {
                    count(t);
                    if (!fields.knows(t.text())) throw fields.unknown(t);
                    return fields.condition(t);
                }
                case WORD -> {
                    count(t);
                    String word = t.text();
                    if (!analysis.searchable(word)) return null; // a lone punctuation mark: nothing to look for
                    if (!negated) {
                        marks.add(word);
                        // The words a snippet also marks when the word itself is not in the text.
                        for (String w : analysis.words(word)) if (w.length() >= 2 && !w.equals(word)) marks.add(w);
                    }
                    return new QueryNode.Words(word);
                }
                default -> throw QueryErrors.at(t.pos(), "此处不应出现 " + t.text(), "unexpected " + t.text());
            }
        }

        private void count(QueryToken t) {
            if (++clauses > limits.maxClauses()) {
                throw QueryErrors.at(t.pos(), "条件太多，最多 " + limits.maxClauses() + " 个",
                        "too many terms: at most " + limits.maxClauses());
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
