package gongkai.copy;

import gongkai.report.Report;
import gongkai.report.Section;

import java.util.Arrays;

/**
 * The character shingles of a report: every run of {@link #K} characters within one of its six
 * parts (search-normalised text, whitespace dropped), each hashed to 64 bits, distinct and sorted.
 * Shingles do not cross part boundaries, so moving a part does not create new ones.
 *
 * <p>Hand-written because no library in the project's set hashes character n-grams into a
 * sorted set of longs; Lucene's n-gram filters produce tokens for an index, not a set to compare.
 *
 * @param hashes the distinct shingle hashes, ascending
 */
public record Shingles(long[] hashes) {

    /** Characters per shingle: long enough that two unrelated reports rarely share one by chance
     *  beyond the template's own phrases, short enough that an edited number breaks few of them. */
    public static final int K = 8;

    public Shingles {
        hashes = hashes.clone();
    }

    public int size() {
        return hashes.length;
    }

    public boolean contains(long h) {
        return Arrays.binarySearch(hashes, h) >= 0;
    }

    /**
     * The shingles of the report's six parts, or of its own parts for a report in the 2008
     * format (which has its own headings, not the six); none when it has no parts.
     */
    public static Shingles of(Report report) {
        StringBuilder all = new StringBuilder();
        for (Section s : Section.inOrder()) {
            String part = report.sections() == null ? null : report.sections().get(s.key());
            if (part != null) all.append(part).append('\u0000');
        }
        if (all.isEmpty() && report.sections() != null) {
            for (String part : report.sections().values()) all.append(part).append('\u0000');
        }
        return of(all.toString());
    }

    /**
     * The shingles of a text whose parts are separated by NUL characters. Runs for every
     * report indexed, so it reads the text once into one array of code points (no stream, no
     * split) and hashes each window of one part.
     */
    public static Shingles of(String parts) {
        int[] cps = new int[parts.length()];
        long[] out = new long[Math.max(16, parts.length())];
        int n = 0;
        int len = 0;
        for (int i = 0; i <= parts.length(); ) {
            int c = i < parts.length() ? parts.codePointAt(i) : 0;
            i += i < parts.length() ? Character.charCount(c) : 1;
            if (c != 0) {
                if (!Character.isWhitespace(c)) cps[len++] = c;
                continue;
            }
            // The end of a part: its windows, then the next part starts afresh.
            for (int w = 0; w + K <= len; w++) {
                long h = 0xcbf29ce484222325L;
                for (int j = w; j < w + K; j++) {
                    h ^= cps[j];
                    h *= 0x100000001b3L;
                }
                out[n++] = mix(h);
            }
            len = 0;
        }
        long[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        int d = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (d == 0 || sorted[i] != sorted[d - 1]) sorted[d++] = sorted[i];
        }
        return new Shingles(Arrays.copyOf(sorted, d));
    }

    /** Finaliser of SplitMix64: spreads FNV's low-entropy high bits before MinHash uses them. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
