package gongkai.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as reports print them: 2021年1月6日, 二○一四年一月十日, 2021-01-06. A report's own date
 * stands alone on its line or between spaces (the signature), unlike dates inside sentences
 * (统计期限自2020年1月1日, 在2015年12月26日举办).
 */
final class PrintedDate {

    private static final String CN_DIGIT = "〇○零Ｏ〇O0一二三四五六七八九";
    private static final Pattern ARABIC = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern CHINESE = Pattern.compile(
            "([〇○零Ｏ〇O0一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");
    private static final Pattern ISO = Pattern.compile("((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern ISO_LINE = Pattern.compile(
            "[ \\t]*((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})[ \\t\\r]*");
    /** A web page's own date line, used only when the report prints none. */
    private static final String[] PAGE_DATE_LABELS = {"发布日期", "发布时间", "成文日期"};
    private static final Pattern PAGE_DATE = Pattern.compile(
            "(?:发布日期|发布时间|成文日期)\\s*[:：]\\s*((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})");

    /** Words around a date that make it part of a period or a sentence, not a signature. */
    private static final String PERIOD_WORDS = "自从至到为于在起止前后的-—～~";

    private PrintedDate() {
    }

    /** The last date standing alone in the text (a report signs at its end), or null; 2021-01-06 only on a line of its own. */
    static LocalDate signature(String text) {
        LocalDate last = null;
        int lastAt = -1;
        int at = text.indexOf('年');
        while (at >= 0) {
            int start = startBefore(text, at);
            if (start >= 0 && standsAloneBefore(text, start)) {
                for (Pattern p : new Pattern[]{ARABIC, CHINESE}) {
                    Matcher m = p.matcher(text).region(start, Math.min(text.length(), at + 12));
                    if (m.lookingAt() && standsAloneAfter(text, m.end())) {
                        LocalDate d = p == ARABIC ? arabic(m) : chinese(m);
                        if (d != null) {
                            last = d;
                            lastAt = start;
                        }
                        break;
                    }
                }
            }
            at = text.indexOf('年', at + 1);
        }
        // 2021-01-06 counts only as a line of its own; lines are walked by hand, not by regex
        for (int from = Math.max(0, lastAt); from < text.length(); ) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            int k = from;
            while (k < end && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                k++;
            }
            if (end - k <= 12 && end - k >= 8 && text.charAt(k + 4) == '-') {
                Matcher iso = ISO_LINE.matcher(text).region(from, end);
                LocalDate d = iso.matches() ? arabic(iso) : null;
                last = d == null ? last : d;
            }
            from = end + 1;
        }
        return last;
    }

    /** A date written 2021-01-06 or 2021年1月6日 or 二○一四年一月十日 as a whole value, or null. */
    static LocalDate parse(String value) {
        String v = value.strip();
        for (Pattern p : new Pattern[]{ISO, ARABIC}) {
            Matcher m = p.matcher(v);
            if (m.lookingAt()) {
                return arabic(m);
            }
        }
        Matcher m = CHINESE.matcher(v);
        return m.lookingAt() ? chinese(m) : null;
    }

    /** The page's 发布日期 in the first part of the text, or null. */
    static LocalDate pageDate(String head) {
        for (String label : PAGE_DATE_LABELS) {
            int at = head.indexOf(label);
            if (at >= 0) {
                Matcher m = PAGE_DATE.matcher(head).region(at, Math.min(head.length(), at + 24));
                if (m.lookingAt()) {
                    return arabic(m);
                }
            }
        }
        return null;
    }

    /** Where the year before the 年 at {@code at} starts: four digits or four numerals, spaces allowed. */
    private static int startBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int digits = 0;
        boolean arabic = i >= 0 && Character.isDigit(text.charAt(i));
        while (i >= 0 && digits < 4 && (arabic ? Character.isDigit(text.charAt(i)) : CN_DIGIT.indexOf(text.charAt(i)) >= 0)) {
            i--;
            digits++;
        }
        return digits == 4 ? i + 1 : -1;
    }

    /** Before it: nothing, a bracket, or white space not following a word of a period (自, 至, 为 …). */
    private static boolean standsAloneBefore(String text, int start) {
        if (start == 0) {
            return true;
        }
        char c = text.charAt(start - 1);
        if (c == '(' || c == '（') {
            return true;
        }
        if (!Character.isWhitespace(c)) {
            return false;
        }
        int i = start - 1;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i == 0 || PERIOD_WORDS.indexOf(text.charAt(i - 1)) < 0;
    }

    /** After it: the end, a bracket, 印发, or white space not leading into a period (起, 至 …). */
    private static boolean standsAloneAfter(String text, int end) {
        if (end == text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (c == ')' || c == '）' || text.startsWith("印发", end)) {
            return true;
        }
        if (!Character.isWhitespace(c)) {
            return false;
        }
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i == text.length() || PERIOD_WORDS.indexOf(text.charAt(i)) < 0;
    }

    private static LocalDate arabic(Matcher m) {
        return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static LocalDate chinese(Matcher m) {
        String y = m.group(1);
        int year = 0;
        for (int i = 0; i < y.length(); i++) {
            year = year * 10 + digit(y.charAt(i));
        }
        return of(year, numeral(m.group(2)), numeral(m.group(3)));
    }

    private static int digit(char c) {
        int i = "一二三四五六七八九".indexOf(c);
        return i < 0 ? 0 : i + 1;
    }

    /** 一 … 三十一. */
    private static int numeral(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + ones;
    }

    private static LocalDate of(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
