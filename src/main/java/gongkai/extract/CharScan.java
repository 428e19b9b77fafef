package gongkai.extract;

/**
 * Walks the occurrences of any of a few characters in part of a text, in order. Each character
 * is found with {@link String#indexOf(int, int, int)}, which scans many characters at a time:
 * testing every character in a loop costs several times more, and the extractor's scans run
 * over every report's whole text.
 */
final class CharScan {

    private final String text;
    private final String chars;
    private final int to;
    /** Per character, its next occurrence found so far, or -1 when there is none before {@code to}. */
    private final int[] next;

    /** @param chars the characters to find; [from, to) is the part of the text searched */
    CharScan(String text, String chars, int from, int to) {
        this.text = text;
        this.chars = chars;
        this.to = to;
        this.next = new int[chars.length()];
        for (int j = 0; j < next.length; j++) next[j] = find(chars.charAt(j), from);
    }

    /** The first occurrence of any of the characters at or after {@code from}, or -1. */
    int next(int from) {
        int best = -1;
        for (int j = 0; j < next.length; j++) {
            if (next[j] >= 0 && next[j] < from) next[j] = find(chars.charAt(j), from);
            if (next[j] >= 0 && (best < 0 || next[j] < best)) best = next[j];
        }
        return best;
    }

    private int find(char c, int from) {
        return from >= to ? -1 : text.indexOf(c, from, to);
    }
}
