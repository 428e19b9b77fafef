package gongkai.copy;

import gongkai.report.Report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report's LSH bands as index terms ({@code gongkai.index.Schema#COPY_BANDS}): the persisted
 * form of its {@link MinHashSignature}. Two reports sharing one term agree on every row of that
 * band, which is exactly {@link LshIndex}'s candidate rule, so a later run finds a new report's
 * candidates with one search over the index instead of holding every signature of the year in
 * memory. The band number is part of each band's hash ({@link LshIndex#bands}), so the same
 * value in two bands makes two different terms.
 */
public final class CopyBands {

    private CopyBands() {
    }

    /** The report's band terms (16 hex digits each); none for a report without text in its parts. */
    public static List<String> of(Report report) {
        return of(Shingles.of(report));
    }

    public static List<String> of(Shingles shingles) {
        return of(MinHashSignature.of(shingles));
    }

    public static List<String> of(MinHashSignature sig) {
        if (sig.empty()) return List.of();
        List<String> out = new ArrayList<>(LshIndex.BANDS);
        for (long b : LshIndex.bands(sig)) out.add(hex(b));
        return out;
    }

    private static String hex(long v) {
        String h = Long.toHexString(v);
        return "0".repeat(16 - h.length()) + h;
    }
}
