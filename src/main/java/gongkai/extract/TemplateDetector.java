package gongkai.extract;

import gongkai.report.Template;

import java.util.List;

/**
 * Recognises the table template from the tables' own headers, never from the year: late and
 * early adopters exist. Text without any standard-table header (the 2008 format used before
 * the 2019 reporting year) has no template.
 */
final class TemplateDetector {

    private static final List<String> HEADERS_2019 = List.of(
            "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "采购项目数量", "采购总金额");
    private static final List<String> HEADERS_2021 = List.of(
            "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额",
            // without their first character, which OCR misreads (谷期不补正); no 2019 label holds them
            "期不补正", "期未按收费通知");
    private static final List<String> TABLE3 = List.of("本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量");

    /**
     * Tables sit in the first pages of a report: text beyond this many characters is not
     * searched for them, which bounds the work on huge or runaway input.
     */
    static final int SCAN_LIMIT = 2_000_000;

    /** The template, or null; {@code warnings} gets a line when the headers disagree. */
    Template detect(String text, List<String> warnings) {
        int old = count(text, HEADERS_2019);
        int neu = count(text, HEADERS_2021);
        String squeezed = null;
        if (old == 0 && neu == 0) {
            // headers broken by spaces or line breaks: look again without them
            squeezed = squeeze(text);
            old = count(squeezed, HEADERS_2019);
            neu = count(squeezed, HEADERS_2021);
        }
        if (old == 0 && neu == 0) {
            if (count(squeezed, TABLE3) > 0) {
                warnings.add("tables: table headers match neither the 2019 nor the 2021 template; no figures read");
            }
            return null;
        }
        if (old > 0 && neu > 0) {
            Template t = neu >= old ? Template.T2021 : Template.T2019;
            warnings.add("tables: headers of both templates found (2019: " + old + ", 2021: " + neu
                    + "); read as the " + t.code() + " template");
            return t;
        }
        return neu > 0 ? Template.T2021 : Template.T2019;
    }

    private static int count(String text, List<String> headers) {
        int n = 0;
        int limit = Math.min(text.length(), SCAN_LIMIT);
        for (String h : headers) {
            if (text.indexOf(h, 0, limit) >= 0) n++;
        }
        return n;
    }

    /** The text without whitespace, so that headers broken by spaces or lines still match. */
    private static String squeeze(String text) {
        int n = Math.min(text.length(), SCAN_LIMIT);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c != '\u3000' && c != '\u00a0' && c != '|') b.append(c);
        }
        return b.toString();
    }
}
