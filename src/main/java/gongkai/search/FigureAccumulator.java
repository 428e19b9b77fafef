package gongkai.search;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Count, sum, min and max of one figure over the matches, exact: counts as longs, amounts as
 * BigDecimal of their double. Shared by the statistics of a search and the groups of a chart.
 */
final class FigureAccumulator {
    long count;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal min;
    BigDecimal max;

    void add(BigDecimal v) {
        count++;
        sum = sum.add(v);
        if (min == null || v.compareTo(min) < 0) min = v;
        if (max == null || v.compareTo(max) > 0) max = v;
    }

    void add(FigureAccumulator o) {
        if (o.count > 0) add(o.count, o.sum, o.min, o.max);
    }

    /** Adds {@code n} values with this sum, min and max. */
    void add(long n, BigDecimal sumOf, BigDecimal minOf, BigDecimal maxOf) {
        count += n;
        sum = sum.add(sumOf);
        if (min == null || minOf.compareTo(min) < 0) min = minOf;
        if (max == null || maxOf.compareTo(max) > 0) max = maxOf;
    }

    FigureStats stats() {
        if (count == 0) return new FigureStats(0, null, null, null, null);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_UP);
        return new FigureStats(count, plain(sum), plain(min), plain(max), plain(mean));
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
