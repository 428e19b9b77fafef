package gongkai.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts the text after a row's label into cells, line by line, and stops at the first word:
 * whatever follows (the next label, a header, the next section) is not this row's.
 *
 * <p>Cells are separated by tabs and pipes (which keep empty cells, so blanks keep their
 * place) and by spaces; a crawler's digits glued to the next label ({@code 000行政规范性文件})
 * are cut where the words begin.
 */
final class RowCells {

    /** One line of a row: its cells, and whether it is a markdown row ({@code | a | b |}). */
    record Line(List<CellValue> cells, boolean piped) {
        boolean hasFigures() {
            for (CellValue c : cells) if (c.kind() != CellValue.Kind.EMPTY) return true;
            return false;
        }
    }

    private static final Set<String> BLANKS = Set.of("/", "-", "—", "——", "–", "―", "－", "无", "不适用", "空", "\\");
    /** Rows give out after this many lines: a table row is never longer. */
    private static final int MAX_LINES = 40;

    private final CellParser parser = new CellParser();

    List<Line> read(String text, int from, int to) {
        List<Line> lines = new ArrayList<>();
        int pos = from;
        while (pos < to && lines.size() < MAX_LINES) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 || nl > to ? to : nl;
            String line = CellParser.normalise(text.substring(pos, end));
            pos = end + 1;
            if (isRule(line)) continue;
            List<CellValue> cells = new ArrayList<>();
            boolean stop = cells(line, cells);
            lines.add(new Line(cells, line.indexOf('|') >= 0));
            if (stop) break;
        }
        return lines;
    }

    /** Adds the line's cells; true when a word ended the row. */
    private boolean cells(String line, List<CellValue> out) {
        int start = 0;
        int n = line.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || line.charAt(i) == '\t' || line.charAt(i) == '|') {
                if (cell(line.substring(start, i).strip(), out)) return true;
                start = i + 1;
            }
        }
        return false;
    }

    /** One tab- or pipe-delimited cell, which spaces or glued words may split further. */
    private boolean cell(String t, List<CellValue> out) {
        if (t.isEmpty()) {
            out.add(CellValue.EMPTY_CELL);
            return false;
        }
        if (BLANKS.contains(t)) {
            out.add(CellValue.BLANK_CELL);
            return false;
        }
        int i = 0, n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            if (isDigit(c) || ((c == '-' || c == '+') && i + 1 < n && isDigit(t.charAt(i + 1)))) {
                int j = i + 1;
                while (j < n && (isDigit(t.charAt(j)) || t.charAt(j) == '.' || t.charAt(j) == ','
                        || (t.charAt(j) == '-' && j + 1 < n && isDigit(t.charAt(j + 1))))) j++;
                if (j < n && (t.charAt(j) == '、' || t.charAt(j) == '．')) {
                    out.add(CellValue.NUMBERING_CELL); // 5、存在的主要问题: a heading's number
                    return true;
                }
                int k = j;
                while (k < n && t.charAt(k) == ' ') k++;
                if (t.startsWith("万元", k)) j = k + 2;
                else if (k < n && t.charAt(k) == '元') j = k + 1;
                CellValue v = parser.parse(t.substring(i, j));
                out.add(v);
                if (v.endsRow()) return true;
                i = j;
            } else {
                int j = t.indexOf(' ', i);
                String piece = j < 0 ? t.substring(i) : t.substring(i, j);
                if (!BLANKS.contains(piece)) {
                    out.add(CellValue.TEXT_CELL);
                    return true;
                }
                out.add(CellValue.BLANK_CELL);
                i = j < 0 ? n : j;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A markdown or plain-text table rule such as {@code |---|---|} or {@code ----  ---}. */
    private static boolean isRule(String line) {
        int dashes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-') dashes++;
            else if (c != '|' && c != ':' && c != ' ' && c != '\t') return false;
        }
        return dashes >= 3;
    }
}
