package gongkai.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a report in the format of the 2008 regulation (the reports on 2008 to 2018),
 * under their own headings. That format has no fixed six parts: agencies wrote five to seven,
 * in their own order and words (一、概述, 二、主动公开政府信息情况, 四、政府信息公开的收费及减免情况,
 * 六、主要问题和改进措施, 七、…政府信息公开情况统计表), so its parts are kept as printed rather
 * than forced into the 2019 format's six.
 *
 * <p>A heading is a Chinese numeral, 、, and a title that ends in one of the format's title
 * endings (情况, 措施, 统计表, 概述, 概况, 事项): crawled pages run a heading into its text
 * ({@code 四、政府信息公开工作存在的主要问题及改进情况目前，…}), so the ending is what tells where
 * the title stops. The shortest such title is taken, except that 事项 followed by 及, 和 or 、
 * goes on (审批事项及处理情况). The parts are the longest run of headings numbered 一, 二, 三 …
 * in order. Thread-safe.
 */
final class OldFormatParts {

    /** Fewer headings than this in order are not taken for a report's parts. */
    static final int MIN_PARTS = 2;

    private static final Pattern HEADING = Pattern.compile(
            "([一二三四五六七八九十]{1,2})、[ \\t\\u3000]*"
                    + "([^\\s，。；：,;:（(“”\"]{0,40}?(?:情况(?:统计表)?|措施|统计表|概述|概况|事项(?![及和与、])))");

    private record Heading(int number, int start, int titleEnd, String title) {
    }

    /** Heading (as printed, without spaces) to the part's text, in order; empty when the report has no such parts. */
    Map<String, String> split(String body) {
        List<Heading> chain = chain(find(body));
        Map<String, String> parts = new LinkedHashMap<>();
        if (chain.size() < MIN_PARTS) return parts;
        for (int i = 0; i < chain.size(); i++) {
            Heading h = chain.get(i);
            int end = i + 1 < chain.size() ? chain.get(i + 1).start() : body.length();
            parts.put(h.title(), body.substring(h.titleEnd(), end).strip());
        }
        return parts;
    }

    private static List<Heading> find(String body) {
        List<Heading> out = new ArrayList<>();
        Matcher m = HEADING.matcher(body);
        int from = 0;
        while (from < body.length() && m.find(from)) {
            int n = number(m.group(1));
            // 第一、 or a numeral inside a word (统一、) is not a heading's number.
            boolean opens = m.start() == 0 || !isHan(body.charAt(m.start() - 1));
            if (n > 0 && opens) {
                String title = (m.group(1) + "、" + m.group(2)).replaceAll("[\\s;]", "");
                out.add(new Heading(n, m.start(), m.end(), title));
            }
            from = m.start() + 1;
        }
        return out;
    }

    /** The longest run of headings numbered 1, 2, 3 … standing in that order; the earliest of equal runs. */
    private static List<Heading> chain(List<Heading> found) {
        int n = found.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            previous[i] = -1;
            length[i] = found.get(i).number() == 1 ? 1 : 0;
            for (int j = 0; j < i; j++) {
                if (length[j] > 0 && found.get(j).number() + 1 == found.get(i).number()
                        && found.get(j).titleEnd() <= found.get(i).start() && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (length[i] > 0 && (best < 0 || length[i] > length[best])) best = i;
        }
        List<Heading> out = new ArrayList<>();
        for (int i = best; i >= 0; i = previous[i]) out.addFirst(found.get(i));
        return out;
    }

    private static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    /** 一 … 九十九 as a number; 0 for anything else. */
    static int number(String numeral) {
        String digits = "一二三四五六七八九";
        if (numeral.length() == 1) {
            if (numeral.equals("十")) return 10;
            return digits.indexOf(numeral.charAt(0)) + 1;
        }
        if (numeral.charAt(0) == '十') return 10 + digits.indexOf(numeral.charAt(1)) + 1;
        if (numeral.charAt(1) == '十') return 10 * (digits.indexOf(numeral.charAt(0)) + 1);
        return 0;
    }
}
