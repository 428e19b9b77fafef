package gongkai.extract;

import gongkai.report.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** 一、 二． 三. and their spaced variants, as top-level numbering; 5、 is a typo seen for 五、. */
    static final Pattern ENUMERATED = Pattern.compile("([一二三四五六七八])\\s*[、.．,，]\\s*|([1-8])\\s*[、．.]\\s*");
    /** （一） as top-level numbering, for reports that use it so. */
    static final Pattern PARENTHESISED = Pattern.compile("[(（]\\s*([一二三四五六七八])\\s*[)）]\\s*()");

    private static final String NUMERALS = "一二三四五六七八";
    private static final String DIGITS = "12345678";
    private static final Pattern[] LOOSE = {
            Pattern.compile("^(?:总体情况|总体概况|概述|概况|基本情况)"),
            Pattern.compile("^(?:政府信息)?主动公开"),
            Pattern.compile("^(?:收到和处理|收到及处理|政府信息依申请|依申请公开|政府信息公开申请)"),
            Pattern.compile("^.{0,16}?(?:复议|行政诉讼)"),
            Pattern.compile("^.{0,12}?(?:主要问题|存在问题|存在的问题)"),
            Pattern.compile("^(?:其他需要报告|其他需报告|其他事项)"),
    };
    private static final String[] NATIONAL = new String[Section.values().length];
    private static final Pattern ENDING = Pattern.compile("情况|事项|措施|概述|概况");
    private static final Pattern NOT_TITLE = Pattern.compile("[\\s\\p{Punct}、，。；：“”（）《》]");
    private static final int TITLE_SPAN = 40;

    static {
        for (Section s : Section.values()) {
            NATIONAL[s.ordinal()] = NOT_TITLE.matcher(s.title().substring(2)).replaceAll("");
        }
    }

    /**
     * Every heading-like place in the text, in order. A numeral glued to a preceding Chinese
     * character (…采购总金额4432.52元三、收到和处理…) counts only with the national title.
     */
    static List<SectionHeading> find(String text, Pattern numbering) {
        List<SectionHeading> found = new ArrayList<>();
        Matcher m = numbering.matcher(text);
        while (m.find()) {
            boolean glued = m.start() > 0
                    && Character.UnicodeScript.of(text.codePointBefore(m.start())) == Character.UnicodeScript.HAN;
            int ordinal = m.group(1) != null ? NUMERALS.indexOf(m.group(1).charAt(0)) : DIGITS.indexOf(m.group(2).charAt(0));
            SectionHeading h = at(text, lineStart(text, m.start()), m.end(), ordinal, glued);
            if (h != null) {
                found.add(h);
            }
        }
        return found;
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
        String raw = text.substring(titleStart, Math.min(lineEnd, titleStart + TITLE_SPAN));
        String title = NOT_TITLE.matcher(raw).replaceAll("");
        for (Section s : Section.values()) {
            if (!LOOSE[s.ordinal()].matcher(title).find()) {
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

    /**
     * A heading ends after its last title word (情况, 事项, 措施…), or with its line when that word
     * is missing and the line is short; a crawled page runs the part's text on after it.
     */
    private static int end(String text, int titleStart, int lineEnd) {
        Matcher ending = ENDING.matcher(text).region(titleStart, Math.min(lineEnd, titleStart + TITLE_SPAN));
        if (ending.find()) {
            return ending.end();
        }
        boolean ownLine = lineEnd - titleStart <= TITLE_SPAN && text.substring(titleStart, lineEnd).indexOf('。') < 0;
        return ownLine ? lineEnd : titleStart;
    }
}
