package gongkai.search;

import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numeric condition as written after a field's colon: {@code 10}, {@code =10}, {@code >=10},
 * {@code >10}, {@code <=10}, {@code <10}, {@code [5 TO 20]} (inclusive), {@code {5 TO 20}}
 * (exclusive), the mixed {@code [5 TO 20}} and {@code {5 TO 20]}, and {@code *} for an open end.
 * The boundaries hold exactly as written; a null bound is open.
 */
record NumericRange(BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive) {

    private static final Pattern RANGE = Pattern.compile("(?i)([\\[{])\\s*(\\S+)\\s+TO\\s+(\\S+)\\s*([\\]}])");
    private static final Pattern COMPARISON = Pattern.compile("(>=|<=|>|<|=)?\\s*(.*)");

    /**
     * @param text     the value as written
     * @param field    the field's name, for messages
     * @param valuePos where the value starts in the query
     */
    static NumericRange parse(String text, String field, int valuePos) {
        if (text.startsWith("[") || text.startsWith("{")) {
            Matcher m = RANGE.matcher(text);
            if (!m.matches()) {
                throw QueryErrors.at(valuePos, "范围写法应为 [下限 TO 上限]，如 " + field + ":[5 TO 20]",
                        "a range is written [low TO high], e.g. " + field + ":[5 TO 20]");
            }
            int lowPos = valuePos + m.start(2), highPos = valuePos + m.start(3);
            BigDecimal low = bound(m.group(2), field, lowPos);
            BigDecimal high = bound(m.group(3), field, highPos);
            if (low != null && high != null && low.compareTo(high) > 0) {
                throw QueryErrors.at(lowPos, "范围下限 " + m.group(2) + " 大于上限 " + m.group(3),
                        "range lower bound " + m.group(2) + " is above upper bound " + m.group(3));
            }
            return new NumericRange(low, m.group(1).equals("["), high, m.group(4).equals("]"));
        }
        Matcher m = COMPARISON.matcher(text);
        m.matches();
        String op = m.group(1) == null ? "=" : m.group(1);
        int numPos = valuePos + m.start(2);
        BigDecimal v = number(m.group(2), field, numPos);
        return switch (op) {
            case ">=" -> new NumericRange(v, true, null, false);
            case ">" -> new NumericRange(v, false, null, false);
            case "<=" -> new NumericRange(null, false, v, true);
            case "<" -> new NumericRange(null, false, v, false);
            default -> new NumericRange(v, true, v, true);
        };
    }

    private static BigDecimal bound(String s, String field, int pos) {
        return s.equals("*") ? null : number(s, field, pos);
    }

    private static BigDecimal number(String s, String field, int pos) {
        try {
            if (s.isEmpty()) throw new NumberFormatException();
            return new BigDecimal(s.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            throw QueryErrors.at(pos, "字段 " + field + " 需要数字，而不是“" + s + "”",
                    "field " + field + " needs a number, not '" + s + "'");
        }
    }

    /** A point query on a {@code LongField}: whole counts, so {@code >2.5} means {@code >=3}. */
    Query longQuery(String field) {
        long lo = lower == null ? Long.MIN_VALUE
                : clamp(lowerInclusive ? lower.setScale(0, RoundingMode.CEILING) : lower.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE));
        long hi = upper == null ? Long.MAX_VALUE
                : clamp(upperInclusive ? upper.setScale(0, RoundingMode.FLOOR) : upper.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE));
        if (lo > hi) return new MatchNoDocsQuery("empty range on " + field);
        return lo == hi ? LongField.newExactQuery(field, lo) : LongField.newRangeQuery(field, lo, hi);
    }

    Query intQuery(String field) {
        long lo = lower == null ? Integer.MIN_VALUE
                : clamp(lowerInclusive ? lower.setScale(0, RoundingMode.CEILING) : lower.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE));
        long hi = upper == null ? Integer.MAX_VALUE
                : clamp(upperInclusive ? upper.setScale(0, RoundingMode.FLOOR) : upper.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE));
        lo = Math.max(lo, Integer.MIN_VALUE);
        hi = Math.min(hi, Integer.MAX_VALUE);
        if (lo > hi) return new MatchNoDocsQuery("empty range on " + field);
        return lo == hi ? IntField.newExactQuery(field, (int) lo) : IntField.newRangeQuery(field, (int) lo, (int) hi);
    }

    /** A point query on a {@code DoubleField}: exclusive ends step to the next representable double. */
    Query doubleQuery(String field) {
        double lo = lower == null ? Double.NEGATIVE_INFINITY
                : lowerInclusive ? lower.doubleValue() : Math.nextUp(lower.doubleValue());
        double hi = upper == null ? Double.POSITIVE_INFINITY
                : upperInclusive ? upper.doubleValue() : Math.nextDown(upper.doubleValue());
        if (lo > hi) return new MatchNoDocsQuery("empty range on " + field);
        return DoubleField.newRangeQuery(field, lo, hi);
    }

    private static long clamp(BigDecimal v) {
        if (v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) return Long.MAX_VALUE;
        if (v.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) <= 0) return Long.MIN_VALUE;
        return v.longValueExact();
    }
}
