package gongkai.extract;

import gongkai.report.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a report into its six parts (一、总体情况 … 六、其他需要报告的事项) and keeps each part's
 * text without its heading.
 *
 * <p>Headings are found by numeral and title wording, wherever they stand (own line, markdown
 * {@code ##}, or run into the text of a crawled page). Of all heading-like places, the splitter
 * keeps the best-scoring sequence in the parts' order, so that a table row such as
 * 三、本年度办理结果 or a sub-list numbered 一、二、 cannot open a part out of turn. Reports that
 * number their parts （一）（二） are read that way when 一、 numbering finds fewer than two parts.
 * A report of the 2008 format (its year up to {@link #LAST_OLD_FORMAT_YEAR}) keeps its own
 * parts and headings ({@link OldFormatParts}); read without a year, such a report gives the parts
 * whose titles match (概述 is the overview, 依申请公开 the requests…), an unmatched part such as
 * 收费及减免 or 统计表 staying in the part before it. When no overview heading exists, the text before the first heading is the
 * overview. Parts that are not found are absent from the map. Thread-safe.
 */
public final class SectionSplitter {

    /** The last report year of the 2008 regulation's format: the reports on 2019 on have the six parts. */
    public static final int LAST_OLD_FORMAT_YEAR = 2018;

    private final OldFormatParts oldFormat = new OldFormatParts();

    /**
     * The parts of a report on {@code year}: for a year of the 2008 format (to
     * {@link #LAST_OLD_FORMAT_YEAR}), the report's own parts under their printed headings
     * ({@code 四、政府信息公开的收费及减免情况}), or none when it has no numbered parts; for any
     * other year, or none known, the six parts by {@link Section#key()}.
     */
    public Map<String, String> split(String text, Integer year) {
        if (year == null || year > LAST_OLD_FORMAT_YEAR) return split(text);
        return oldFormat.split(PageText.of(text == null ? "" : text).body());
    }

    /** Section key ({@link Section#key()}) to the part's text, in order. */
    public Map<String, String> split(String text) {
        String body = PageText.of(text == null ? "" : text).body();
        List<SectionHeading> chosen = best(SectionHeading.find(body, false));
        if (chosen.size() < 2) {
            List<SectionHeading> parenthesised = best(SectionHeading.find(body, true));
            if (parenthesised.size() > chosen.size()) {
                chosen = parenthesised;
            }
        }
        Map<String, String> parts = new LinkedHashMap<>();
        int firstStart = chosen.isEmpty() ? body.length() : chosen.getFirst().start();
        if (chosen.isEmpty() || chosen.getFirst().section() != Section.OVERVIEW) {
            String preamble = body.substring(0, firstStart).strip();
            if (!preamble.isEmpty()) {
                parts.put(Section.OVERVIEW.key(), preamble);
            }
        }
        for (int i = 0; i < chosen.size(); i++) {
            SectionHeading h = chosen.get(i);
            int end = i + 1 < chosen.size() ? chosen.get(i + 1).start() : body.length();
            parts.put(h.section().key(), stripped(body, Math.min(h.end(), end), end));
        }
        return parts;
    }

    /** The text between from and to without surrounding white space, copied once. */
    private static String stripped(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** The highest-scoring run of headings whose parts and positions both increase. */
    private static List<SectionHeading> best(List<SectionHeading> found) {
        int n = found.size();
        int[] total = new int[n];
        int[] previous = new int[n];
        int bestEnd = -1;
        for (int i = 0; i < n; i++) {
            total[i] = found.get(i).score();
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (found.get(j).section().ordinal() < found.get(i).section().ordinal()
                        && total[j] + found.get(i).score() > total[i]) {
                    total[i] = total[j] + found.get(i).score();
                    previous[i] = j;
                }
            }
            if (bestEnd < 0 || total[i] > total[bestEnd]) {
                bestEnd = i;
            }
        }
        List<SectionHeading> chain = new ArrayList<>();
        for (int i = bestEnd; i >= 0; i = previous[i]) {
            chain.addFirst(found.get(i));
        }
        return chain;
    }
}
