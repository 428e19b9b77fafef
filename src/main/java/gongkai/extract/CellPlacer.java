package gongkai.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a row's cells in its columns, or says why it cannot. A row's cells are taken as
 * they come when their number is right; otherwise blanks are placed by their position on
 * the row's line, and glued digit runs are split where the row's totals allow exactly one
 * split. Anything else is left unplaced: a wrong number is worse than a missing one.
 */
final class CellPlacer {

    /** The row's cells in column order, or null and the reason. */
    record Placement(List<CellValue> cells, String problem, List<List<BigDecimal>> candidates) {
        Placement(List<CellValue> cells, String problem) {
            this(cells, problem, List.of());
        }

        static Placement fail(String why) {
            return new Placement(null, why);
        }
    }

    private final GluedDigits glued = new GluedDigits();

    /**
     * @param lines     the row's lines, the label's own line first
     * @param columns   how many cells the row has
     * @param groupSize cells per total group for glued splitting (0: the row has no totals)
     */
    Placement place(List<RowCells.Line> lines, int columns, int groupSize) {
        if (lines.isEmpty()) return Placement.fail("no cells after the label");
        // A markdown row holds its own cells; cells on other lines belong to other rows.
        if (lines.get(0).piped()) lines = lines.subList(0, 1);
        else {
            for (RowCells.Line l : lines) {
                if (l.piped() && l.hasFigures()) return Placement.fail("its cells are not on the label's row");
            }
        }
        List<CellValue> figures = new ArrayList<>();
        boolean hasGlued = false;
        int figureLines = 0;
        RowCells.Line figureLine = null;
        for (RowCells.Line l : lines) {
            boolean any = false;
            for (CellValue c : l.cells()) {
                if (c.isFigure() || c.kind() == CellValue.Kind.GLUED) {
                    figures.add(c);
                    any = true;
                    if (c.kind() == CellValue.Kind.GLUED) hasGlued = true;
                }
            }
            if (any) {
                figureLines++;
                figureLine = l;
            }
        }
        if (figures.isEmpty()) return Placement.fail("no cells after the label");
        if (!hasGlued && figures.size() == columns) return new Placement(figures, null);
        if (!hasGlued && figures.size() > columns) {
            return Placement.fail(figures.size() + " cells where the row has " + columns);
        }
        if (!hasGlued && figureLines == 1) {
            Placement byPosition = byPosition(figureLine.cells(), columns);
            if (byPosition != null) return byPosition;
        }
        for (RowCells.Line l : lines) {
            if (l.delimited() && l.hasFigures()) {
                return Placement.fail("only " + figures.size() + " of " + columns + " cells, and blanks cannot be placed");
            }
        }
        return split(figures, columns, groupSize);
    }

    /**
     * Blanks kept by tabs or pipes: the line's cells, less empty spill-over from merged
     * columns at one end. Empty cells at both ends leave the blanks' places unknown.
     */
    private static Placement byPosition(List<CellValue> cells, int columns) {
        int from = 0, to = cells.size();
        if (to > columns && cells.get(0).kind() == CellValue.Kind.EMPTY
                && cells.get(to - 1).kind() == CellValue.Kind.EMPTY) return null;
        while (to - from > columns && cells.get(to - 1).kind() == CellValue.Kind.EMPTY) to--;
        while (to - from > columns && cells.get(from).kind() == CellValue.Kind.EMPTY) from++;
        if (to - from != columns) return null;
        for (int i = from; i < to; i++) {
            CellValue.Kind k = cells.get(i).kind();
            if (k != CellValue.Kind.NUMBER && k != CellValue.Kind.BLANK && k != CellValue.Kind.EMPTY
                    && k != CellValue.Kind.UNREAD) return null;
        }
        return new Placement(List.copyOf(cells.subList(from, to)), null);
    }

    private Placement split(List<CellValue> figures, int columns, int groupSize) {
        List<String> runs = new ArrayList<>();
        String unit = null;
        for (CellValue c : figures) {
            if (c.kind() == CellValue.Kind.BLANK || c.kind() == CellValue.Kind.UNREAD) {
                return Placement.fail(figures.size() + " cells, some blank, where the row has " + columns);
            }
            runs.addAll(c.runs());
            unit = c.unit();
        }
        boolean splittable = false;
        for (String r : runs) if (r.length() > 1) splittable = true;
        if (!splittable) return Placement.fail("only " + figures.size() + " of " + columns + " cells");
        GluedDigits.Split s = glued.split(runs, columns, groupSize);
        if (s.values() == null) {
            return new Placement(null, "glued digits " + String.join(" ", runs) + ": " + s.problem(), s.candidates());
        }
        List<CellValue> out = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            String u = i == columns - 1 ? unit : null;
            out.add(new CellValue(CellValue.Kind.NUMBER, s.values().get(i), u, List.of(s.values().get(i).toPlainString())));
        }
        return new Placement(out, null);
    }
}
