package gongkai.extract;

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
    private static final Pattern AGENCY_CHARS = Pattern.compile("[\\p{IsHan}（）()]{2,30}");
    private static final int MAX_LINES = 25;

    /** The title among the first lines of the text, or null. */
    static ReportTitle find(String text) {
        String[] lines = firstLines(text);
        for (int i = 0; i < lines.length; i++) {
            StringBuilder joined = new StringBuilder();
            for (int n = 0; n < 3 && i + n < lines.length; n++) {
                joined.append(lines[i + n]);
                if (joined.length() > 90) {
                    break;
                }
                ReportTitle t = whole(joined.toString());
                if (t != null) {
                    return t;
                }
            }
        }
        Matcher m = INLINE.matcher(text.length() > 3000 ? text.substring(0, 3000) : text);
        while (m.find()) {
            String agency = agency(m.group("pre"));
            if (agency != null) {
                return new ReportTitle(agency, Integer.parseInt(m.group("year")));
            }
        }
        return null;
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
        String t = text == null ? "" : text.replaceAll("^[#*\\s]+|[\\s*]+$", "");
        return AGENCY_CHARS.matcher(t).matches() && !NOT_AGENCY.matcher(t).find() ? t : null;
    }

    private static String[] firstLines(String text) {
        String[] all = text.split("\\R", MAX_LINES + 1);
        int n = 0;
        String[] kept = new String[Math.min(all.length, MAX_LINES)];
        for (int i = 0; i < kept.length; i++) {
            String line = all[i].strip();
            if (!line.isEmpty()) {
                kept[n++] = line.replaceFirst("^#+\\s*", "");
            }
        }
        return java.util.Arrays.copyOf(kept, n);
    }
}
