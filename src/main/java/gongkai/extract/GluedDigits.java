package gongkai.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits digit runs that a crawler glued together ({@code 801000081} for 80 | 1 | 0 | 0 | 0 |
 * 0 | 81) back into cells, but only where exactly one split satisfies the table's rules.
 *
 * <p>The rules: a number has no leading zero (except 0 itself), a sign only at the start of a
 * run, and, where the row has totals, every group of {@code groupSize} cells ends with the sum
 * of the others (table 3: six applicant columns and their total; table 4: three groups of
 * four results and their total). Runs separated by spaces in the text stay separate.
 */
final class GluedDigits {

    /** Enumeration stops here: a run so long that the splits cannot be counted is ambiguous. */
    private static final int BUDGET = 200_000;
    private static final int MAX_DIGITS = 12;

    /**
     * The outcome: the unique split, or null and why there is none; where a few splits fit
     * the row's own rule, {@code candidates} holds them for the table's column rules to decide.
     */
    record Split(List<BigDecimal> values, String problem, List<List<BigDecimal>> candidates) {
        Split(List<BigDecimal> values, String problem) {
            this(values, problem, List.of());
        }
    }

    /** At most this many splits are kept for the column rules to choose from. */
    static final int MAX_CANDIDATES = 12;

    Split split(List<String> runs, int cells, int groupSize) {
        int chars = 0;
        for (String r : runs) chars += r.length();
        if (runs.size() > cells) return new Split(null, runs.size() + " runs for " + cells + " cells");
        if (chars < cells) return new Split(null, "too few digits for " + cells + " cells");
        if (chars > cells * MAX_DIGITS) return new Split(null, "digit run too long to split");
        Search s = new Search(runs, cells, groupSize);
        s.walk(0, 0, 0);
        if (s.steps > BUDGET) return new Split(null, "too many possible splits");
        if (s.found == 0) return new Split(null, "no split satisfies the row's totals");
        if (s.found > 1) {
            List<List<BigDecimal>> c = s.found <= MAX_CANDIDATES ? s.all : List.of();
            return new Split(null, "more than one split is possible", c);
        }
        return new Split(s.all.get(0), null);
    }

    private static final class Search {
        final List<String> runs;
        final int cells;
        final int groupSize;
        final String[] parts;
        final long[] ints;
        int found;
        int steps;
        final List<List<BigDecimal>> all = new ArrayList<>();

        Search(List<String> runs, int cells, int groupSize) {
            this.runs = runs;
            this.cells = cells;
            this.groupSize = groupSize;
            this.parts = new String[cells];
            this.ints = new long[cells];
        }

        /** Places part {@code k} starting at offset {@code at} of run {@code r}. */
        void walk(int r, int at, int k) {
            if (found > MAX_CANDIDATES || ++steps > BUDGET) return;
            if (r == runs.size()) {
                if (k == cells) {
                    if (found++ < MAX_CANDIDATES) {
                        List<BigDecimal> v = new ArrayList<>(cells);
                        for (String p : parts) v.add(new BigDecimal(p));
                        all.add(v);
                    }
                }
                return;
            }
            if (k == cells) return;
            String run = runs.get(r);
            int remainingCells = cells - k;
            int remainingRuns = runs.size() - r - 1;
            int charsAfterRun = 0;
            for (int i = r + 1; i < runs.size(); i++) charsAfterRun += runs.get(i).length();
            for (int end = at + 1; end <= run.length(); end++) {
                String p = run.substring(at, end);
                if (!valid(p)) continue;
                boolean runDone = end == run.length();
                // every later run needs a cell, and every later cell a character
                int cellsLeft = remainingCells - 1;
                if (runDone ? cellsLeft < remainingRuns : cellsLeft < remainingRuns + 1) continue;
                int charsLeft = (run.length() - end) + charsAfterRun;
                if (charsLeft < cellsLeft) continue;
                if (p.length() - (p.startsWith("-") ? 1 : 0) > MAX_DIGITS) break;
                parts[k] = p;
                if (groupSize > 0) {
                    // totals rows hold counts: whole and never negative
                    if (p.indexOf('.') >= 0 || p.startsWith("-")) continue;
                    ints[k] = Long.parseLong(p);
                    if ((k + 1) % groupSize == 0) {
                        long sum = 0;
                        for (int i = k + 1 - groupSize; i < k; i++) sum += ints[i];
                        if (sum != ints[k]) continue;
                    }
                }
                if (runDone) walk(r + 1, 0, k + 1);
                else walk(r, end, k + 1);
            }
        }

        private static boolean valid(String p) {
            int start = p.startsWith("-") ? 1 : 0;
            if (p.length() == start) return false;
            if (p.charAt(start) == '.' || p.charAt(p.length() - 1) == '.') return false;
            if (p.indexOf('-', start) >= 0) return false;
            if (p.indexOf('.') != p.lastIndexOf('.')) return false;
            // no leading zero, except 0 itself or 0.xx
            if (p.charAt(start) == '0' && p.length() > start + 1 && p.charAt(start + 1) != '.') return false;
            return !(start == 1 && p.equals("-0"));
        }
    }
}
