package gongkai.bench;

import java.util.List;

/** Nearest-rank percentiles of sorted samples. */
final class Percentiles {

    private Percentiles() {
    }

    /** The p-th percentile (0 < p ≤ 100) of ascending values; 0 when there are none. */
    static long of(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(rank(sorted.size(), p));
    }

    /** The p-th percentile (0 < p ≤ 100) of ascending values; 0 when there are none. */
    static double of(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[rank(sorted.length, p)];
    }

    /** The 0-based index of the nearest-rank p-th percentile among n values. */
    private static int rank(int n, double p) {
        int rank = (int) Math.ceil(p / 100.0 * n);
        return Math.max(0, Math.min(n - 1, rank - 1));
    }
}
