package gongkai.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's title line: who reports for which year. Titles print the agency before or after the
 * year (丽水市统计局 2020年…, 2025年上海市人民政府办公厅…), and wrap over up to three lines.
 *
 * @param agency the agency as printed, or null if the title names none
 * @param year   the reporting year
 */
record ReportTitle(String agency, int year) {

    private static final Pattern WHOLE = Pattern.compile(
            "^(?<pre>[^\\d]{0,40}?)(?<year>(?:19|20)\\d{2})年度?(?<post>[^\\d]{0,40}?)(?:政府)?信息公开(?:工作)?年度?报告$");
    /** A title inside a longer line, as in crawled pages that lost their line breaks. */
    private static final Pattern INLINE = Pattern.compile(
            "(?:^|[\\s：:。>#])(?<pre>[\\p{IsHan}（）()]{2,30}?)\\s*(?<year>(?:19|20)\\d{2})\\s*年度?\\s*(?:政府)?信息公开(?:工作)?\\s*年度?\\s*报告");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern NOT_AGENCY = Pattern.compile("报告|关于|现将|公布|本年|以下|我[局委办区县市]|正文");
    /** Compiled once: String.replaceAll would compile them for every title. */
    private static final Pattern AGENCY_TRIM = Pattern.compile("^[#*\\s]+|[\\s*]+$");
    private static final Pattern HEADING_MARKS = Pattern.compile("^#+\\s*");
    private static final Pattern AGENCY_CHARS = Pattern.compile("[\\p{IsHan}（）()]{2,30}");
    private static final int MAX_LINES = 25;
    private static final int INLINE_SPAN = 3000;

    /** The title among the first lines of the text, or null. */
    static ReportTitle find(String text) {
        List<String> lines = firstLines(text);
        for (int i = 0; i < lines.size(); i++) {
            StringBuilder joined = new StringBuilder();
            for (int n = 0; n < 3 && i + n < lines.size(); n++) {
                joined.append(lines.get(i + n));
                if (joined.length() > 90) {
                    break;
                }
                // cheap tests first: a title ends in 报告 and holds a year
                if (joined.lastIndexOf("报告") >= 0 && joined.lastIndexOf("年") >= 0) {
                    ReportTitle t = whole(joined.toString());
                    if (t != null) {
                        return t;
                    }
                }
            }
        }
        int limit = Math.min(text.length(), INLINE_SPAN);
        for (int at = text.indexOf("信息公开"); at >= 0 && at < limit; at = text.indexOf("信息公开", at + 4)) {
            int from = Math.max(0, at - 45), to = Math.min(text.length(), at + 16);
            if (!hasYear(text, from, to)) {
                continue;
            }
            Matcher m = INLINE.matcher(text).region(from, to);
            if (m.find()) {
                String agency = agency(m.group("pre"));
                if (agency != null) {
                    return new ReportTitle(agency, Integer.parseInt(m.group("year")));
                }
            }
        }
        return null;
    }

    /**
     * Whether [from, to) holds a year as INLINE needs it, 19xx or 20xx then 年 after optional
     * spaces: a cheap test that spares the pattern most places where 信息公开 occurs.
     */
    private static boolean hasYear(String text, int from, int to) {
        for (int j = text.indexOf('年', from); j >= 0 && j < to; j = text.indexOf('年', j + 1)) {
            int k = j;
            while (k > from && isPatternSpace(text.charAt(k - 1))) {
                k--;
            }
            if (k - 4 >= from && (text.startsWith("19", k - 4) || text.startsWith("20", k - 4))
                    && isDigit(text.charAt(k - 2)) && isDigit(text.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** What {@code \s} matches in a pattern without UNICODE_CHARACTER_CLASS. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A title given on its own, such as a crawler's 标题 field. */
    static ReportTitle whole(String line) {
        Matcher m = WHOLE.matcher(SPACE.matcher(line).replaceAll(""));
        if (!m.matches()) {
            return null;
        }
        String agency = agency(m.group("post"));
        if (agency == null) {
            agency = agency(m.group("pre"));
        }
        return new ReportTitle(agency, Integer.parseInt(m.group("year")));
    }

    /** The text as an agency's name, or null if it cannot be one. */
    static String agency(String text) {
        String t = text == null ? "" : AGENCY_TRIM.matcher(text).replaceAll("");
        return AGENCY_CHARS.matcher(t).matches() && !NOT_AGENCY.matcher(t).find() ? t : null;
    }

    private static List<String> firstLines(String text) {
        List<String> lines = new ArrayList<>(MAX_LINES);
        int from = 0;
        while (from < text.length() && lines.size() < MAX_LINES) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            if (end - from < 200) {
                String line = text.substring(from, end).strip();
                if (!line.isEmpty()) {
                    lines.add(line.startsWith("#") ? HEADING_MARKS.matcher(line).replaceFirst("") : line);
                }
            } else {
                lines.add("");
            }
            from = end + 1;
        }
        return lines;
    }
}
