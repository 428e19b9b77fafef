package gongkai.copy;

import java.util.Arrays;
import java.util.Base64;

/**
 * A MinHash signature of a shingle set: for each of {@link #SIZE} hash functions the least
 * value over the set. Two signatures agree at a position with probability equal to the Jaccard
 * similarity of their sets, which is what {@link LshIndex} banding relies on. Stored with the
 * report (base64 of the longs) so that a later run finds candidates without re-reading text.
 *
 * @param values the minima, {@link #SIZE} of them; all {@link Long#MAX_VALUE} for an empty set
 */
public record MinHashSignature(long[] values) {

    public static final int SIZE = 128;

    public MinHashSignature {
        if (values.length != SIZE) throw new IllegalArgumentException("a signature has " + SIZE + " values");
        values = values.clone();
    }

    /** The signature of this set. Hash i is a fixed seeded remix of the shingle hash. */
    public static MinHashSignature of(Shingles shingles) {
        long[] min = new long[SIZE];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long h : shingles.hashes()) {
            for (int i = 0; i < SIZE; i++) {
                long v = Shingles.mix(h ^ SEEDS[i]);
                if (v < min[i]) min[i] = v;
            }
        }
        return new MinHashSignature(min);
    }

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
