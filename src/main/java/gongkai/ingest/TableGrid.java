package gongkai.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A table's cells laid out on a grid: a cell spanning rows or columns takes its text in its
 * first position and leaves the other positions it covers empty, so every column keeps its
 * position on every row (the way the text versions of the reports are written).
 */
final class TableGrid {

    /** Spans beyond these are treated as errors in the page, not as meaning. */
    private static final int MAX_COLSPAN = 64;
    private static final int MAX_ROWSPAN = 1000;

    private TableGrid() {
    }

    /**
     * The table's rows as lists of cell texts. {@code cellText} renders one td/th to one line.
     * Rows come from the table's own tr elements (directly or in thead/tbody/tfoot), never from
     * tables nested in its cells.
     */
    static List<List<String>> rows(MarkupNode.Element table, Function<MarkupNode.Element, String> cellText) {
        List<MarkupNode.Element> trs = new ArrayList<>();
        collectRows(table, trs);
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < trs.size(); r++) {
            while (grid.size() <= r) grid.add(new ArrayList<>());
            List<String> row = grid.get(r);
            int col = 0;
            for (MarkupNode child : trs.get(r).children()) {
                if (!(child instanceof MarkupNode.Element cell) || !(cell.name().equals("td") || cell.name().equals("th"))) continue;
                while (col < row.size() && row.get(col) != null) col++;
                int colspan = span(cell.attribute("colspan"), MAX_COLSPAN);
                int rowspan = Math.min(span(cell.attribute("rowspan"), MAX_ROWSPAN), trs.size() - r);
                String text = cellText.apply(cell);
                for (int i = 0; i < rowspan; i++) {
                    while (grid.size() <= r + i) grid.add(new ArrayList<>());
                    List<String> target = grid.get(r + i);
                    for (int j = 0; j < colspan; j++) put(target, col + j, i == 0 && j == 0 ? text : "");
                }
                col += colspan;
            }
        }
        for (List<String> row : grid) row.replaceAll(c -> c == null ? "" : c);
        return grid;
    }

    private static void collectRows(MarkupNode.Element element, List<MarkupNode.Element> out) {
        for (MarkupNode child : element.children()) {
            if (!(child instanceof MarkupNode.Element e)) continue;
            switch (e.name()) {
                case "tr" -> out.add(e);
                case "thead", "tbody", "tfoot" -> collectRows(e, out);
                default -> { }
            }
        }
    }

    private static void put(List<String> row, int col, String text) {
        while (row.size() <= col) row.add(null);
        if (row.get(col) == null) row.set(col, text);
    }

    private static int span(String value, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            return n < 1 ? 1 : Math.min(n, max);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
