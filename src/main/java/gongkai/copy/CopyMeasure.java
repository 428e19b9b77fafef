package gongkai.copy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The "shared character sequences" measure of {@code shared/spec/figures.md} ("Copying"): the
 * share of a report's distinct {@link Shingles#K}-character sequences (over its six parts) that
 * also occur in the other report. Not symmetric: a short report lifted whole from a long one
 * scores 1, the long one less. Computed exactly on the two shingle sets, never estimated.
 */
public final class CopyMeasure {

    /** Decimal places, as the rates have. */
    public static final int SCALE = 4;

    private CopyMeasure() {
    }

    /** The share of {@code report}'s shingles found in {@code other}, or null when it has none. */
    public static BigDecimal share(Shingles report, Shingles other) {
        if (report.size() == 0) return null;
        long[] a = report.hashes();
        long[] b = other.hashes();
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) i++;
            else j++;
        }
        return BigDecimal.valueOf(common).divide(BigDecimal.valueOf(a.length), SCALE, RoundingMode.HALF_UP);
    }
}
