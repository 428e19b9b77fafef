package gongkai.extract;

import gongkai.ingest.OcrCell;

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

    /**
     * One line of a row: its cells, whether it is a markdown row ({@code | a | b |}), and
     * whether tabs or pipes delimit its cells (so that its digits are not glued).
     */
    record Line(List<CellValue> cells, boolean piped, boolean delimited) {
        boolean hasFigures() {
            for (CellValue c : cells) if (c.isFigure() || c.kind() == CellValue.Kind.GLUED) return true;
            return false;
        }
    }

    private static final Set<String> BLANKS = Set.of("/", "-", "—", "——", "–", "―", "－", "无", "不适用", "空", "\\");
    /** The longest of {@link #BLANKS}. */
    private static final int MAX_BLANK_LENGTH = 3;
    /** Rows give out after this many lines: a table row is never longer. */
    private static final int MAX_LINES = 40;

    private final CellParser parser = new CellParser();

    /**
     * @param afterLabel true when {@code from} is the end of a label: the first line's first
     *                   cell is then the rest of the label's own cell, not one of the row's
     */
    List<Line> read(String text, int from, int to, boolean afterLabel) {
        List<Line> lines = new ArrayList<>();
        int pos = from;
        int tails = 0;
        while (pos < to && lines.size() < MAX_LINES) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 || nl > to ? to : nl;
            String line = CellParser.normalise(text.substring(pos, end));
            boolean labelLine = afterLabel && pos == from;
            pos = end + 1;
            if (isRule(line) || isPageNumber(line)) continue;
            List<CellValue> cells = new ArrayList<>();
            if (afterLabel && !labelLine && tails < MAX_TAIL_LINES && !sawFigure(lines)) {
                // 计其他情形） or 已获取信息: the end of a label that PDF layout wrapped
                int tail = labelTail(line);
                if (tail > 0) {
                    tails++;
                    line = line.substring(tail);
                }
            }
            boolean stop = cells(line, cells);
            boolean piped = line.indexOf('|') >= 0;
            // the rest of the label's cell, or the nothing before a markdown row's first pipe
            if ((piped || labelLine) && !cells.isEmpty() && cells.get(0).kind() == CellValue.Kind.EMPTY) cells.remove(0);
            // the nothing after a markdown row's last pipe
            if (piped && !stop && line.stripTrailing().endsWith("|") && !cells.isEmpty()
                    && cells.get(cells.size() - 1).kind() == CellValue.Kind.EMPTY) cells.remove(cells.size() - 1);
            lines.add(new Line(cells, piped, piped || line.indexOf('\t') >= 0));
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
                if (cell(stripped(line, start, i), out)) return true;
                start = i + 1;
            }
        }
        return false;
    }

    /** {@code line.substring(from, to).strip()}, copying once. */
    private static String stripped(String line, int from, int to) {
        while (from < to && Character.isWhitespace(line.charAt(from))) from++;
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) to--;
        return line.substring(from, to);
    }

    /** One tab- or pipe-delimited cell, which spaces or glued words may split further. */
    private boolean cell(String t, List<CellValue> out) {
        if (t.isEmpty()) {
            out.add(CellValue.EMPTY_CELL);
            return false;
        }
        if (t.length() <= MAX_BLANK_LENGTH && BLANKS.contains(t)) {
            out.add(CellValue.BLANK_CELL);
            return false;
        }
        if (t.startsWith(OcrCell.UNREAD) || t.startsWith(OcrCell.SUSPECT)) {
            out.add(CellValue.unread(OcrCell.suspectDigits(t)));
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
                int pieceEnd = j < 0 ? n : j;
                // longer than any blank mark: a word, without copying it to look it up
                if (pieceEnd - i > MAX_BLANK_LENGTH || !BLANKS.contains(t.substring(i, pieceEnd))) {
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

    private static boolean sawFigure(List<Line> lines) {
        for (Line l : lines) if (l.hasFigures()) return true;
        return false;
    }

    /**
     * The length of the wrapped end of a label at the start of a line: a few words that are
     * not a heading, a numbered label or a bracketed group name; 0 if the line has none.
     */
    private static int labelTail(String line) {
        int i = 0, n = line.length();
        while (i < n && line.charAt(i) == ' ') i++;
        int start = i;
        if (i == n) return 0;
        char c = line.charAt(i);
        if (c == '（' || c == '(') {
            // a vertical group label's first characters, e.g. （三）不 beside 4.保护第三方合法权益
            if (i + 2 >= n || "一二三四五六七".indexOf(line.charAt(i + 1)) < 0
                    || (line.charAt(i + 2) != '）' && line.charAt(i + 2) != ')')) return 0;
            i += 3;
        } else if (c == '|' || c == '\t' || isDigit(c) || "一二三四五六七八九十".indexOf(c) >= 0) {
            return 0;
        }
        while (i < n && !isDigit(line.charAt(i)) && line.charAt(i) != '\t' && line.charAt(i) != '|') i++;
        String words = line.substring(start, i).strip();
        if (words.isEmpty() || words.length() > MAX_TAIL_CHARS || BLANKS.contains(words)) return 0;
        if (words.indexOf('：') >= 0 || words.indexOf(':') >= 0) return 0;
        return i;
    }

    private static final int MAX_TAIL_LINES = 2;
    private static final int MAX_TAIL_CHARS = 16;

    /** A page footer such as {@code — 4 —}, which PDF conversion leaves inside tables. */
    private static boolean isPageNumber(String line) {
        // by index rather than strip() and substring(): this runs for every line of every row
        int from = 0, to = line.length();
        while (from < to && Character.isWhitespace(line.charAt(from))) from++;
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) to--;
        if (to - from < 3 || (line.charAt(from) != '—' && line.charAt(from) != '-') || line.charAt(to - 1) != line.charAt(from)) return false;
        int inFrom = from + 1, inTo = to - 1;
        while (inFrom < inTo && Character.isWhitespace(line.charAt(inFrom))) inFrom++;
        while (inTo > inFrom && Character.isWhitespace(line.charAt(inTo - 1))) inTo--;
        if (inFrom == inTo || inTo - inFrom > 4) return false;
        for (int i = inFrom; i < inTo; i++) if (!isDigit(line.charAt(i))) return false;
        return true;
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
