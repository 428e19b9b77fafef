package gongkai.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one cell's text: cleans extraction artefacts ({@code [bookmark: _GoBack]81},
 * thousands separators, full-width digits, stray spaces) and tells numbers, blanks, glued
 * digit runs and words apart. Never guesses: anything it cannot read as a number is text.
 */
final class CellParser {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    private static final Pattern NUMBER = Pattern.compile("([+-]?)(\\d+(?:\\.\\d+)?)\\s*(万元|元)?");
    private static final Pattern GROUPED = Pattern.compile("([+-]?)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?)\\s*(万元|元)?");
    private static final Pattern GLUED = Pattern.compile("-?[\\d.]+(?:-[\\d.]+)+\\s*(万元|元)?");
    private static final Pattern RUN = Pattern.compile("-?[\\d.]+");
    private static final Pattern NUMBERING = Pattern.compile("\\d{1,2}\\s*[.、]");
    private static final Set<String> BLANKS = Set.of("/", "-", "—", "——", "–", "―", "无", "不适用", "空", "\\");

    CellValue parse(String raw) {
        String s = clean(raw);
        if (s.isEmpty()) return CellValue.EMPTY_CELL;
        if (BLANKS.contains(s)) return CellValue.BLANK_CELL;
        char first = s.charAt(0);
        if (!(first >= '0' && first <= '9') && first != '-' && first != '+') return CellValue.TEXT_CELL;
        if (s.length() <= 15 && allDigits(s)) {
            // the common case, without a regex
            return new CellValue(CellValue.Kind.NUMBER, BigDecimal.valueOf(Long.parseLong(s)), null, List.of(s));
        }
        Matcher m = NUMBER.matcher(s);
        if (m.matches()) return number(m.group(1), m.group(2), m.group(3));
        m = GROUPED.matcher(s);
        if (m.matches()) return number(m.group(1), m.group(2).replace(",", ""), m.group(3));
        if (NUMBERING.matcher(s).matches()) return CellValue.NUMBERING_CELL;
        m = GLUED.matcher(s);
        if (m.matches()) {
            List<String> runs = new ArrayList<>();
            Matcher r = RUN.matcher(s);
            while (r.find()) runs.add(r.group());
            return CellValue.glued(runs, m.group(1));
        }
        return CellValue.TEXT_CELL;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static CellValue number(String sign, String digits, String unit) {
        BigDecimal v = new BigDecimal(digits);
        String run = "-".equals(sign) ? "-" + digits : digits;
        return new CellValue(CellValue.Kind.NUMBER, "-".equals(sign) ? v.negate() : v, unit, List.of(run));
    }

    /** Full-width digits and signs to ASCII, artefacts and surrounding spaces removed. */
    static String clean(String raw) {
        return normalise(raw).strip();
    }

    /** Full-width digits and signs to ASCII, artefacts removed; tabs and spaces kept. */
    static String normalise(String raw) {
        String s = raw.indexOf('[') >= 0 ? BOOKMARK.matcher(raw).replaceAll("") : raw;
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char n = c;
            if (c >= '０' && c <= '９') n = (char) ('0' + (c - '０'));
            else if (c == '．') n = '.';
            else if (c == '－' || c == '−') n = '-';
            else if (c == '，') n = ',';
            else if (c == '\u00a0' || c == '\u3000') n = ' ';
            if (n != c && b == null) b = new StringBuilder(s.substring(0, i));
            if (b != null) b.append(n);
        }
        return b == null ? s : b.toString();
    }
}
