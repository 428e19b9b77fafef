package gongkai.copy;

import java.util.Arrays;
import java.util.Base64;

/**
 * A MinHash signature of a shingle set: in each of {@link #SIZE} bins the least hash of the
 * set's shingles that fall in it. Two signatures agree at a position with probability equal to the Jaccard
 * similarity of their sets, which is what {@link LshIndex} banding relies on. Its bands
 * ({@link CopyBands}) are indexed with the report, so that a later run finds candidates in the
 * index without re-reading any text; {@link #encode()} is the whole signature as text.
 *
 * @param values the minima, {@link #SIZE} of them; all {@link Long#MAX_VALUE} for an empty set
 */
public record MinHashSignature(long[] values) {

    public static final int SIZE = 128;

    public MinHashSignature {
        if (values.length != SIZE) throw new IllegalArgumentException("a signature has " + SIZE + " values");
        values = values.clone();
    }

    /**
     * The signature of this set, by one-permutation hashing: each shingle hash (already mixed,
     * so uniform) falls in one of {@link #SIZE} bins by its top bits and the bin keeps its least
     * hash. Two sets agree in a bin with probability close to their Jaccard similarity, as with
     * {@link #SIZE} separate hash functions, at one look per shingle instead of {@link #SIZE}:
     * this runs for every indexed report. An empty bin (a set of few shingles) takes the value
     * of the next filled bin, remixed with its distance, so that two sets' empty bins agree only
     * where their filled neighbours do (densification by rotation).
     */
    public static MinHashSignature of(Shingles shingles) {
        long[] min = new long[SIZE];
        Arrays.fill(min, Long.MAX_VALUE);
        long[] hashes = shingles.hashes();
        if (hashes.length == 0) return new MinHashSignature(min);
        boolean[] filled = new boolean[SIZE];
        for (long h : hashes) {
            int bin = (int) (h >>> BIN_SHIFT);
            long v = h & VALUE_MASK;
            if (!filled[bin] || v < min[bin]) {
                min[bin] = v;
                filled[bin] = true;
            }
        }
        long[] out = min.clone();
        for (int i = 0; i < SIZE; i++) {
            if (filled[i]) continue;
            int j = i, d = 0;
            while (!filled[j]) {
                j = (j + 1) % SIZE;
                d++;
            }
            out[i] = Shingles.mix(min[j] ^ SEEDS[d]) & VALUE_MASK;
        }
        return new MinHashSignature(out);
    }

    /** The top bits choose the bin: 7 of them for 128 bins. */
    private static final int BIN_SHIFT = Long.SIZE - Integer.numberOfTrailingZeros(SIZE);
    /** Values keep the bits below the bin's, never {@link Long#MAX_VALUE} (which marks the empty set). */
    private static final long VALUE_MASK = (1L << BIN_SHIFT) - 1;

    public boolean empty() {
        return values[0] == Long.MAX_VALUE;
    }

    /** The share of positions where the two agree: an estimate of the Jaccard similarity. */
    public double agreement(MinHashSignature other) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) if (values[i] == other.values[i]) same++;
        return same / (double) SIZE;
    }

    /** Base64 of the longs, big-endian: the stored form. */
    public String encode() {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(SIZE * Long.BYTES);
        for (long v : values) buf.putLong(v);
        return Base64.getEncoder().encodeToString(buf.array());
    }

    /** Reads what {@link #encode()} wrote; a clear error for anything else. */
    public static MinHashSignature decode(String s) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a stored MinHash signature: not base64");
        }
        if (bytes.length != SIZE * Long.BYTES) {
            throw new IllegalArgumentException("not a stored MinHash signature: " + bytes.length + " bytes");
        }
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
        long[] v = new long[SIZE];
        for (int i = 0; i < SIZE; i++) v[i] = buf.getLong();
        return new MinHashSignature(v);
    }

    private static final long[] SEEDS = seeds();

    private static long[] seeds() {
        long[] s = new long[SIZE];
        long x = 0x9e3779b97f4a7c15L;
        for (int i = 0; i < SIZE; i++) {
            x += 0x9e3779b97f4a7c15L;
            s[i] = Shingles.mix(x);
        }
        return s;
    }
}
