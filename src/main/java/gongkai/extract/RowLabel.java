package gongkai.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row label's pattern and the characters its matches can begin with. Searching a table for a
 * label jumps between occurrences of those characters and tries the pattern only there:
 * {@link Matcher#find()} would try it at every position, and the rows of every table are
 * searched in every report.
 *
 * @param pattern    the label, as {@link RowLabels#label} builds it
 * @param firstChars every character a match of the pattern can start with
 */
record RowLabel(Pattern pattern, String firstChars) {

    /**
     * The leftmost match in [from, to), the one {@code find()} on that region gives, or null.
     * The patterns have no anchors or look-around, so trying one at a position with the region
     * starting there is the same as {@code find()} reaching that position.
     */
    Matcher find(String text, int from, int to) {
        if (from >= to) return null;
        CharScan starts = new CharScan(text, firstChars, from, to);
        Matcher m = null;
        for (int pos = starts.next(from); pos >= 0; pos = starts.next(pos + 1)) {
            if (m == null) m = pattern.matcher(text);
            m.region(pos, to);
            if (m.lookingAt()) return m;
        }
        return null;
    }
}
