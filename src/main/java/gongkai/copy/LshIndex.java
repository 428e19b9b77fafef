package gongkai.copy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Locality-sensitive hashing over MinHash signatures: the {@link MinHashSignature#SIZE} values
 * are cut into {@link #BANDS} bands of {@link #ROWS}; two reports are candidates when they agree
 * on every row of at least one band. With b = 32, r = 4 a pair of Jaccard similarity s is found
 * with probability 1 − (1 − s⁴)³²: 0.9998 at s = 0.7, 0.87 at s = 0.5, 0.23 at s = 0.3, 0.05 at
 * s = 0.2, so near copies are (almost) never missed while unrelated reports rarely collide.
 * Adding a report costs {@link #BANDS} map insertions; a query, {@link #BANDS} look-ups: the
 * cost grows with the number of reports, not with the number of pairs.
 *
 * @param <K> what identifies a report, e.g. its id
 */
public final class LshIndex<K> {

    public static final int BANDS = 32;
    public static final int ROWS = MinHashSignature.SIZE / BANDS;

    private final List<Map<Long, List<K>>> buckets = new ArrayList<>();

    public LshIndex() {
        for (int b = 0; b < BANDS; b++) buckets.add(new HashMap<>());
    }

    public void add(K key, MinHashSignature sig) {
        if (sig.empty()) return;
        for (int b = 0; b < BANDS; b++) {
            buckets.get(b).computeIfAbsent(band(sig, b), x -> new ArrayList<>(1)).add(key);
        }
    }

    /** The reports that share at least one band with this signature, in order of first finding. */
    public Set<K> candidates(MinHashSignature sig) {
        Set<K> out = new LinkedHashSet<>();
        if (sig.empty()) return out;
        for (int b = 0; b < BANDS; b++) {
            List<K> in = buckets.get(b).get(band(sig, b));
            if (in != null) out.addAll(in);
        }
        return out;
    }

    /** The hash of each band, in band order: what {@link CopyBands} indexes. */
    public static long[] bands(MinHashSignature sig) {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) out[b] = band(sig, b);
        return out;
    }

    private static long band(MinHashSignature sig, int b) {
        long h = b;
        long[] v = sig.values();
        for (int r = 0; r < ROWS; r++) h = Shingles.mix(h * 31 + v[b * ROWS + r]);
        return h;
    }
}
