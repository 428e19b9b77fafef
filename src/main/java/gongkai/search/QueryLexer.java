package gongkai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cuts a query into {@link QueryToken}s: words, quoted phrases, {@code field:value} pairs,
 * parentheses and the operators {@code AND}, {@code OR}, {@code NOT} and {@code -}.
 *
 * <p>Chinese input methods type full-width punctuation, so {@code （）} count as parentheses,
 * {@code ：} as the field colon, and {@code “”}, {@code 「」} and {@code 『』} quote as {@code ""} does.
 */
final class QueryLexer {

    /** Opening quote to its closing quote. */
    static final Map<Character, Character> QUOTES = Map.of('"', '"', '“', '”', '「', '」', '『', '』');

    private final String q;
    private int i;

    QueryLexer(String query) {
        this.q = query;
    }

    List<QueryToken> tokens() {
        List<QueryToken> out = new ArrayList<>();
        while (true) {
            while (i < q.length() && isSpace(q.charAt(i))) i++;
            if (i >= q.length()) return out;
            char c = q.charAt(i);
            int start = i;
            if (c == '(' || c == '（') {
                i++;
                out.add(QueryToken.of(QueryToken.Kind.LPAREN, "(", start));
            } else if (c == ')' || c == '）') {
                i++;
                out.add(QueryToken.of(QueryToken.Kind.RPAREN, ")", start));
            } else if (QUOTES.containsKey(c)) {
                out.add(QueryToken.of(QueryToken.Kind.PHRASE, quoted(), start));
            } else if (c == '-') {
                i++;
                if (i >= q.length() || isSpace(q.charAt(i)) || q.charAt(i) == ')' || q.charAt(i) == '）') {
                    throw QueryErrors.at(start, "减号后缺少要排除的内容", "nothing to exclude after '-'");
                }
                out.add(QueryToken.of(QueryToken.Kind.MINUS, "-", start));
            } else {
                out.add(chunk());
            }
        }
    }

    /** A quoted phrase starting at {@code i}; returns its inside. */
    private String quoted() {
        int open = i;
        char close = QUOTES.get(q.charAt(i));
        int end = q.indexOf(close, i + 1);
        if (end < 0) {
            throw QueryErrors.at(open, "引号 " + q.charAt(open) + " 没有对应的右引号 " + close,
                    "unbalanced quote: " + q.charAt(open) + " is never closed by " + close);
        }
        i = end + 1;
        return q.substring(open + 1, end);
    }

    /** A word, an operator, or a {@code field:value} pair. */
    private QueryToken chunk() {
        int start = i;
        while (i < q.length() && !endsWord(q.charAt(i))) {
            char c = q.charAt(i);
            if ((c == ':' || c == '：') && i > start) return field(start, q.substring(start, i));
            i++;
        }
        String word = q.substring(start, i);
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c == '[' || c == ']' || c == '{' || c == '}') {
                throw QueryErrors.at(start + k, "范围括号 " + c + " 只能跟在字段名后，如 year:[2019 TO 2021]",
                        "bracket " + c + " outside a field range such as year:[2019 TO 2021]");
            }
            if (c == '”' || c == '」' || c == '』') {
                throw QueryErrors.at(start + k, "多余的右引号 " + c, "closing quote " + c + " without an opening quote");
            }
        }
        return switch (word) {
            case "AND" -> QueryToken.of(QueryToken.Kind.AND, word, start);
            case "OR" -> QueryToken.of(QueryToken.Kind.OR, word, start);
            case "NOT" -> QueryToken.of(QueryToken.Kind.NOT, word, start);
            default -> QueryToken.of(QueryToken.Kind.WORD, word, start);
        };
    }

    /** {@code name:} has been read up to the colon at {@code i}; reads the value. */
    private QueryToken field(int start, String name) {
        i++; // the colon
        int valuePos = i;
        if (i >= q.length() || isSpace(q.charAt(i)) || q.charAt(i) == ')' || q.charAt(i) == '）') {
            throw QueryErrors.at(start, "字段 " + name + " 后缺少值", "missing value after " + name + ":");
        }
        char c = q.charAt(i);
        if (c == '[' || c == '{') {
            int end = i + 1;
            while (end < q.length() && q.charAt(end) != ']' && q.charAt(end) != '}') end++;
            if (end >= q.length()) {
                throw QueryErrors.at(i, "范围 " + c + " 没有闭合的 ] 或 }", "unbalanced bracket: range " + c + " is never closed by ] or }");
            }
            i = end + 1;
            return new QueryToken(QueryToken.Kind.FIELD, name, start, q.substring(valuePos, i), false, valuePos);
        }
        if (c == '=' && i + 1 < q.length() && QUOTES.containsKey(q.charAt(i + 1))) {
            i++; // agency:="…": the exact value, quoted
            String inside = quoted();
            return new QueryToken(QueryToken.Kind.FIELD, name, start, "=" + inside, true, valuePos);
        }
        if (QUOTES.containsKey(c)) {
            String inside = quoted();
            return new QueryToken(QueryToken.Kind.FIELD, name, start, inside, true, valuePos + 1);
        }
        while (i < q.length() && !endsWord(q.charAt(i))) i++;
        return new QueryToken(QueryToken.Kind.FIELD, name, start, q.substring(valuePos, i), false, valuePos);
    }

    private static boolean endsWord(char c) {
        return isSpace(c) || c == '(' || c == ')' || c == '（' || c == '）' || QUOTES.containsKey(c);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || Character.isSpaceChar(c);
    }
}
