package gongkai.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Table 3's columns by tab position, for rows whose blank cells cannot be placed otherwise.
 * A saved web page, its rowspans and colspans expanded into tabs, keeps every cell in its
 * column: the header row says where 自然人 and 总计 sit, and a row's cells are read from
 * those positions. Rows whose label runs into the data columns are not read this way.
 */
final class ColumnGrid {

    private static final int HEADER_SPAN = 2_000;
    private static final int COLUMNS = 7;

    private final CellParser parser = new CellParser();

    /** The tab index of the 自然人 column, or -1 when the header does not give one. */
    int dataColumn(String text, int tableStart) {
        int at = text.lastIndexOf("自然人", tableStart);
        if (at < 0 || tableStart - at > HEADER_SPAN) return -1;
        int person = cellIndex(text, at);
        // 总计 sits on the same header line or the one above it
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int lineEnd = text.indexOf('\n', at);
        int total = findTotal(text, lineStart, lineEnd < 0 ? text.length() : lineEnd);
        if (total < 0 && lineStart > 0) total = findTotal(text, text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
        return person >= 0 && total - person == COLUMNS - 1 ? person : -1;
    }

    private static int findTotal(String text, int from, int to) {
        List<String> cells = split(text.substring(from, to));
        for (int i = 0; i < cells.size(); i++) if (cells.get(i).strip().equals("总计")) return i;
        return -1;
    }

    private static int cellIndex(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int tabs = 0;
        for (int i = lineStart; i < at; i++) if (text.charAt(i) == '\t') tabs++;
        return tabs;
    }

    /** The row's seven cells at the grid's columns, or null when the line does not fit the grid. */
    List<CellValue> cells(String text, int labelStart, int dataColumn) {
        int lineStart = text.lastIndexOf('\n', labelStart) + 1;
        int lineEnd = text.indexOf('\n', labelStart);
        List<String> raw = split(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
        int label = cellIndex(text, labelStart);
        if (label >= dataColumn || raw.size() < dataColumn + COLUMNS) return null;
        for (int i = label + 1; i < dataColumn; i++) if (!raw.get(i).isBlank()) return null;
        for (int i = dataColumn + COLUMNS; i < raw.size(); i++) if (!raw.get(i).isBlank()) return null;
        List<CellValue> out = new ArrayList<>(COLUMNS);
        for (int i = dataColumn; i < dataColumn + COLUMNS; i++) {
            CellValue c = parser.parse(raw.get(i));
            if (c.kind() != CellValue.Kind.NUMBER && c.kind() != CellValue.Kind.BLANK && c.kind() != CellValue.Kind.EMPTY) {
                return null;
            }
            out.add(c);
        }
        return out;
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '\t') {
                out.add(CellParser.clean(line.substring(start, i)));
                start = i + 1;
            }
        }
        return out;
    }
}
