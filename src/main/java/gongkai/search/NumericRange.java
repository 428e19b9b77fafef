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
public record NumericRange(BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive) {

    private static final Pattern RANGE = Pattern.compile("(?i)([\\[{])\\s*(\\S+)\\s+TO\\s+(\\S+)\\s*([\\]}])");
    private static final Pattern COMPARISON = Pattern.compile("(>=|<=|>|<|=)?\\s*(.*)");

    /**
     * @param text     the value as written
     * @param field    the field's name, for messages
     * @param valuePos where the value starts in the query
     */
    public static NumericRange parse(String text, String field, int valuePos) {
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

    /** Whole-number bounds, both inclusive, within [min, max]: whole counts, so {@code >2.5} means {@code >=3}. */
    public record WholeBounds(long lower, long upper) {
        public boolean empty() {
            return lower > upper;
        }
    }

    /** The range on whole numbers between {@code min} and {@code max}, both ends inclusive. */
    public WholeBounds wholeBounds(long min, long max) {
        long lo = lower == null ? min
                : clamp(lowerInclusive ? lower.setScale(0, RoundingMode.CEILING) : lower.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE));
        long hi = upper == null ? max
                : clamp(upperInclusive ? upper.setScale(0, RoundingMode.FLOOR) : upper.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE));
        return new WholeBounds(Math.max(lo, min), Math.min(hi, max));
    }

    /** A point query on a {@code LongField}. */
    Query longQuery(String field) {
        WholeBounds b = wholeBounds(Long.MIN_VALUE, Long.MAX_VALUE);
        if (b.empty()) return new MatchNoDocsQuery("empty range on " + field);
        return b.lower() == b.upper() ? LongField.newExactQuery(field, b.lower()) : LongField.newRangeQuery(field, b.lower(), b.upper());
    }

    Query intQuery(String field) {
        WholeBounds b = wholeBounds(Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (b.empty()) return new MatchNoDocsQuery("empty range on " + field);
        return b.lower() == b.upper() ? IntField.newExactQuery(field, (int) b.lower())
                : IntField.newRangeQuery(field, (int) b.lower(), (int) b.upper());
    }

    /** Inclusive double bounds: exclusive ends step to the next representable double; infinite when open. */
    public double[] doubleBounds() {
        double lo = lower == null ? Double.NEGATIVE_INFINITY
                : lowerInclusive ? lower.doubleValue() : Math.nextUp(lower.doubleValue());
        double hi = upper == null ? Double.POSITIVE_INFINITY
                : upperInclusive ? upper.doubleValue() : Math.nextDown(upper.doubleValue());
        return new double[] {lo, hi};
    }

    /** A point query on a {@code DoubleField}. */
    Query doubleQuery(String field) {
        double[] b = doubleBounds();
        if (b[0] > b[1]) return new MatchNoDocsQuery("empty range on " + field);
        return DoubleField.newRangeQuery(field, b[0], b[1]);
    }

    private static long clamp(BigDecimal v) {
        if (v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) return Long.MAX_VALUE;
        if (v.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) <= 0) return Long.MIN_VALUE;
        return v.longValueExact();
    }
}
