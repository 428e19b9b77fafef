package gongkai.extract;

import java.util.List;

/**
 * A label that finds a table row (or a table): an optional item number, then the first of
 * several cores that matches. A core is a sequence of characters, each one of a few
 * alternatives ({@code [（(]}), and each allowed to be followed by spaces: the labels of real
 * reports carry spaces inside (`信访举报 投诉类申请`). The item number (1. or １、) is matched
 * exactly, so that a crawler's {@code 00000002.其他法律…} keeps its last 0 for the row before.
 *
 * <p>Matched by hand, not by a regular expression: the rows of every table are searched in
 * every report, and the search jumps between occurrences of the characters a match can begin
 * with. It finds what the equivalent pattern
 * {@code (?:[2２][ 　]*[.．、][ 　]*)?(?:core|core…)}, each core's characters joined by
 * {@code [ 　]*}, would find with {@code Matcher.find()}: the leftmost match, the item number
 * taken when it is there, the first core that fits.
 *
 */
final class RowLabel {

    /** A label's place in the text. */
    record Match(int start, int end) {
    }

    private static final String ITEM_SEPARATORS = ".．、";

    /** A scanned label's core this long may carry one misread character; one this long, a stray one too. */
    private static final int SLIP_MIN = 4;
    private static final int STRAY_MIN = 5;

    private final int item;
    private final List<String[]> cores;
    /** Whether the label is read from OCR, where a long core may hold one misread or stray character. */
    private final boolean scanned;
    /** The cores before this index are whole; the rest are long cores without their first character, allowed one slip fewer. */
    private final int whole;
    /** Every character a match can begin with: computed once, the search starts from them. */
    private final String firstChars;

    /**
     * @param item  the item number, or 0 when the label has none
     * @param cores each core as its characters' alternatives, in the order they are tried
     */
    RowLabel(int item, List<String[]> cores) {
        this(item, cores, false);
    }

    private RowLabel(int item, List<String[]> cores, boolean scanned) {
        this(item, cores, scanned, cores.size());
    }

    private RowLabel(int item, List<String[]> cores, boolean scanned, int whole) {
        this.item = item;
        this.cores = List.copyOf(cores);
        this.scanned = scanned;
        this.whole = whole;
        StringBuilder b = new StringBuilder();
        if (item > 0) b.append((char) ('0' + item)).append((char) ('０' + item));
        for (String[] core : cores) {
            for (char c : core[0].toCharArray()) if (b.indexOf(String.valueOf(c)) < 0) b.append(c);
        }
        this.firstChars = b.toString();
    }

    /**
     * The label as it must be found in OCR'd text: a core of four characters or more may have one
     * character misread (行政处蜀 for 行政处罚), one of five or more instead one stray character
     * inside (三_安全一稳定), a long one one slip for every five characters (申请人人诊期未按上收费通知
     * for 申请人逾期未按收费通知); the first character must still fit, and digits, tabs and line
     * breaks are never taken for a label's character, so a row's cells stay its own.
     */
    RowLabel scanned() {
        List<String[]> all = new java.util.ArrayList<>(cores);
        // a long core may have its first character misread too (林年新收… for 本年新收…): it is then found by the rest
        for (String[] core : cores) if (core.length >= HEADLESS_MIN) all.add(java.util.Arrays.copyOfRange(core, 1, core.length));
        return new RowLabel(item, all, true, cores.size());
    }

    /** A scanned core this long is also looked for without its first character. */
    private static final int HEADLESS_MIN = 10;

    /** A label whose cores are plain words, each character its only alternative. */
    static RowLabel of(int item, String... words) {
        return new RowLabel(item, java.util.Arrays.stream(words).map(RowLabel::chars).toList());
    }

    private static String[] chars(String word) {
        String[] out = new String[word.length()];
        for (int i = 0; i < out.length; i++) out[i] = word.substring(i, i + 1);
        return out;
    }

    /** The leftmost match in [from, to), or null. */
    Match find(String text, int from, int to) {
        if (from >= to) return null;
        CharScan starts = new CharScan(text, firstChars, from, to);
        for (int pos = starts.next(from); pos >= 0; pos = starts.next(pos + 1)) {
            int end = matchAt(text, pos, to);
            if (end >= 0) return new Match(pos, end);
        }
        return null;
    }

    /** Where a match starting exactly at {@code pos} ends, or -1. */
    private int matchAt(String text, int pos, int to) {
        if (item > 0) {
            char c = text.charAt(pos);
            if (c == '0' + item || c == '０' + item) {
                int k = skipSpaces(text, pos + 1, to);
                if (k < to && ITEM_SEPARATORS.indexOf(text.charAt(k)) >= 0) {
                    int end = coreAt(text, skipSpaces(text, k + 1, to), to);
                    if (end >= 0) return end;
                }
            }
        }
        return coreAt(text, pos, to);
    }

    /** Where the first core that fits at {@code pos} ends, or -1. */
    private int coreAt(String text, int pos, int to) {
        for (int i = 0; i < cores.size(); i++) {
            String[] core = cores.get(i);
            if (!scanned) {
                int k = pos;
                boolean fits = true;
                for (int c = 0; c < core.length && fits; c++) {
                    if (c > 0) k = skipSpaces(text, k, to);
                    fits = k < to && core[c].indexOf(text.charAt(k)) >= 0;
                    k++;
                }
                if (fits) return k;
            } else {
                int end = fit(core, 0, pos, to, text, Math.max(0, slips(core.length + (i < whole ? 0 : 1)) - (i < whole ? 0 : 1)));
                if (end >= 0) return end;
            }
        }
        return -1;
    }

    /** OCR slips allowed in a scanned core this long: one from four characters, one more for every five beyond ten. */
    private static int slips(int length) {
        if (length < SLIP_MIN) return 0;
        return length < 10 ? 1 : length / 5;
    }

    /** Where {@code core} from character {@code c} on fits at {@code k} with at most {@code slips} OCR slips, or -1. */
    private static int fit(String[] core, int c, int k, int to, String text, int slips) {
        if (c == core.length) return k;
        if (c > 0) k = skipSpaces(text, k, to);
        if (k >= to) return -1;
        char ch = text.charAt(k);
        if (core[c].indexOf(ch) >= 0) {
            int end = fit(core, c + 1, k + 1, to, text, slips);
            if (end >= 0) return end;
        }
        if (slips == 0 || c == 0 || !mayBeSlip(ch)) return -1;
        int end = fit(core, c + 1, k + 1, to, text, slips - 1);
        if (end >= 0 || core.length < STRAY_MIN) return end;
        return fit(core, c, k + 1, to, text, slips - 1);
    }

    /** A character OCR may have put in a label's place: anything but a digit or a break between cells. */
    private static boolean mayBeSlip(char ch) {
        return !(ch >= '0' && ch <= '9') && !(ch >= '０' && ch <= '９') && ch != '\t' && ch != '\n' && ch != '\r' && ch != '|';
    }

    /** Past the spaces a label may hold between its characters. */
    private static int skipSpaces(String text, int i, int to) {
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) i++;
        return i;
    }
}
