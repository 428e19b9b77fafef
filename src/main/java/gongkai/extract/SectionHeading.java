package gongkai.extract;

import gongkai.report.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * A place in the text that looks like one of the six parts' headings: a Chinese numeral and a
 * title that names the part (一、总体情况, 四、因政府信息公开申请行政复议…, 六、其他需要报告的事项).
 *
 * @param section the part it opens
 * @param start   where the heading starts
 * @param end     where the part's text starts
 * @param score   how sure: the national title scores above a loose match, the expected numeral adds one
 */
record SectionHeading(Section section, int start, int end, int score) {

    /** After 一 二 三: 一、 二． 三. and spaced variants; after a digit only 、 or a dot (5、 is a typo seen for 五、). */
    private static final String SEPARATORS = "、.．,，";
    private static final String DIGIT_SEPARATORS = "、．.";

    /**
     * Each part's loose title words, and how far into the title they may start (0: the title
     * starts with one). Plain string tests: they run for every heading-like place of every report.
     */
    private static final String[][] LOOSE = {
            {"总体情况", "总体概况", "概述", "概况", "基本情况"},
            {"主动公开", "政府信息主动公开"},
            {"收到和处理", "收到及处理", "政府信息依申请", "依申请公开", "政府信息公开申请"},
            {"复议", "行政诉讼"},
            {"主要问题", "存在问题", "存在的问题"},
            {"其他需要报告", "其他需报告", "其他事项"},
    };
    private static final int[] LOOSE_WITHIN = {0, 0, 0, 16, 12, 0};
    private static final String[] KEY_WORDS = {"总体", "概", "基本情况", "主动公开", "申请", "复议", "诉讼", "问题", "其他"};
    private static final String[] NATIONAL = new String[Section.values().length];
    /** The words that end a title: 情况 事项 措施 概述 概况, as first and second characters. */
    private static final String ENDING_FIRST = "情事措概概";
    private static final String ENDING_SECOND = "况项施述况";
    private static final int TITLE_SPAN = 40;

    static {
        for (Section s : Section.values()) {
            NATIONAL[s.ordinal()] = titleChars(s.title(), 2, s.title().length());
        }
    }

    /**
     * Every heading-like place in the text, in order. A numeral glued to a preceding Chinese
     * character (…采购总金额4432.52元三、收到和处理…) counts only with the national title. The scan is
     * by hand, not by regular expression, and jumps between the characters every heading has
     * (its separator, or its opening bracket): it runs over every report's whole text.
     */
    static List<SectionHeading> find(String text, boolean parenthesised) {
        List<SectionHeading> found = new ArrayList<>();
        int n = text.length();
        CharScan marks = new CharScan(text, parenthesised ? "(（" : SEPARATORS, 0, n);
        int resume = 0;
        for (int mark = marks.next(0); mark >= 0; mark = marks.next(mark + 1)) {
            int start;
            int ordinal;
            int after;
            if (parenthesised) {
                start = mark;
                int k = skipSpaces(text, mark + 1);
                ordinal = k < n ? numeral(text.charAt(k)) : -1;
                k = skipSpaces(text, k + 1);
                if (ordinal < 0 || k >= n || (text.charAt(k) != ')' && text.charAt(k) != '）')) {
                    continue;
                }
                after = k + 1;
            } else {
                // the numeral is the first character before the separator that is not a space
                start = mark;
                while (start > 0 && isSpace(text.charAt(start - 1))) {
                    start--;
                }
                start--;
                if (start < 0) {
                    continue;
                }
                char c = text.charAt(start);
                ordinal = numeral(c);
                boolean digit = ordinal < 0 && c >= '1' && c <= '8';
                if (digit) {
                    // 5、 for 五、, but not the 7. of 197507.33
                    char before = start > 0 ? text.charAt(start - 1) : ' ';
                    if ((before >= '0' && before <= '9') || before == '.' || DIGIT_SEPARATORS.indexOf(text.charAt(mark)) < 0) {
                        continue;
                    }
                    ordinal = c - '1';
                }
                if (ordinal < 0) {
                    continue;
                }
                after = mark + 1;
            }
            if (start < resume) {
                continue;
            }
            after = skipSpaces(text, after);
            if (after >= n || Character.UnicodeScript.of(text.codePointAt(after)) != Character.UnicodeScript.HAN) {
                continue;
            }
            boolean glued = start > 0 && Character.UnicodeScript.of(text.codePointBefore(start)) == Character.UnicodeScript.HAN;
            SectionHeading h = at(text, lineStart(text, start), after, ordinal, glued);
            if (h != null) {
                found.add(h);
                resume = h.end();
            }
        }
        return found;
    }

    /** 一 … 八 as 0 … 7, else -1; a switch, as this runs for every character of every report. */
    private static int numeral(char c) {
        return switch (c) {
            case '一' -> 0;
            case '二' -> 1;
            case '三' -> 2;
            case '四' -> 3;
            case '五' -> 4;
            case '六' -> 5;
            case '七' -> 6;
            case '八' -> 7;
            default -> -1;
        };
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }

    /** The heading's start including markdown marks and indentation before its numeral. */
    private static int lineStart(String text, int start) {
        int i = start;
        while (i > 0 && (text.charAt(i - 1) == '#' || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t'
                || text.charAt(i - 1) == '\u3000')) {
            i--;
        }
        return i;
    }

    private static SectionHeading at(String text, int start, int titleStart, int ordinal, boolean glued) {
        int lineEnd = text.indexOf('\n', titleStart);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        String title = titleChars(text, titleStart, Math.min(lineEnd, titleStart + TITLE_SPAN));
        if (!mayBeTitle(title)) {
            return null;
        }
        for (Section s : Section.values()) {
            if (!loose(s.ordinal(), title)) {
                continue;
            }
            boolean national = title.startsWith(NATIONAL[s.ordinal()]);
            if (glued && !national) {
                return null;
            }
            int score = (national ? 3 : 1) + (ordinal == s.ordinal() ? 1 : 0);
            return new SectionHeading(s, start, end(text, titleStart, lineEnd), score);
        }
        return null;
    }

    /** Whether the title holds one of the part's loose words close enough to its start. */
    private static boolean loose(int part, String title) {
        int within = LOOSE_WITHIN[part];
        for (String word : LOOSE[part]) {
            if (within == 0 ? title.startsWith(word) : indexWithin(title, word, within)) {
                return true;
            }
        }
        return false;
    }

    private static boolean indexWithin(String title, String word, int within) {
        int at = title.indexOf(word);
        return at >= 0 && at <= within;
    }

    /** The title's letters without spaces and punctuation. */
    private static String titleChars(String text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A cheap first test before the title patterns: does any part's key word occur at all? */
    private static boolean mayBeTitle(String title) {
        for (String word : KEY_WORDS) {
            if (title.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A heading ends after its last title word (情况, 事项, 措施…), or with its line when that word
     * is missing and the line is short; a crawled page runs the part's text on after it.
     */
    private static int end(String text, int titleStart, int lineEnd) {
        int to = Math.min(lineEnd, titleStart + TITLE_SPAN);
        for (int i = titleStart; i + 1 < to; i++) {
            int word = ENDING_FIRST.indexOf(text.charAt(i));
            while (word >= 0) {
                if (ENDING_SECOND.charAt(word) == text.charAt(i + 1)) {
                    return i + 2;
                }
                word = ENDING_FIRST.indexOf(text.charAt(i), word + 1);
            }
        }
        boolean ownLine = lineEnd - titleStart <= TITLE_SPAN && text.indexOf('。', titleStart, lineEnd) < 0;
        return ownLine ? lineEnd : titleStart;
    }
}
