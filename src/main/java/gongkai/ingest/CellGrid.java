package gongkai.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places words into table cells by where they stand between the ruling lines: a word's cell is
 * bounded by the nearest lines above, below, left and right of it that are drawn at its place,
 * so a cell spanning rows or columns (a merged cell) is one cell with all its words. The cells
 * are written as the text layer of a PDF writes a table: one line per row of cells that begin
 * at the same height, cells in left-to-right order separated by tabs, an empty cell as nothing
 * between two tabs.
 */
final class CellGrid {

    /** How far (pixels) a line may stop short of a word's centre and still bound it. */
    private static final int SLACK = 8;

    private final RulingLines lines;

    CellGrid(RulingLines lines) {
        this.lines = lines;
    }

    /** One cell: its box (between its four lines) and the words in it. */
    record Cell(int top, int bottom, int left, int right, List<OcrWord> words) {
    }

    /** A line of text at a height on the page. */
    record PlacedLine(int top, String text) {
    }

    /**
     * The cells the words fall in, and the empty cells of their rows; the words outside every
     * cell are added to {@code outside}.
     */
    List<Cell> cells(List<OcrWord> words, List<OcrWord> outside) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (OcrWord w : words) {
            if (isLineResidue(w)) continue;
            int cx = w.left() + w.width() / 2, cy = w.top() + w.height() / 2;
            RulingLines.Line top = nearest(lines.horizontal(), cy, cx, true);
            RulingLines.Line bottom = nearest(lines.horizontal(), cy, cx, false);
            RulingLines.Line left = nearest(lines.vertical(), cx, cy, true);
            RulingLines.Line right = nearest(lines.vertical(), cx, cy, false);
            if (top == null || bottom == null || left == null || right == null) {
                outside.add(w);
                continue;
            }
            String key = top.at() + ":" + bottom.at() + ":" + left.at() + ":" + right.at();
            cells.computeIfAbsent(key, k -> new Cell(top.at(), bottom.at(), left.at(), right.at(), new ArrayList<>())).words().add(w);
        }
        addEmptyCells(cells);
        return List.copyOf(cells.values());
    }

    /** What Tesseract reads a stub of ruling line as: bars, brackets and the marks of a smudge. */
    private static final String BAR_LIKE = "|丨[]!lI;:'\"“”‘’,，.、";
    private static final String DASH_LIKE = "一_-—~";

    /**
     * A word that is a piece of ruling line the erasing left: only bar-like marks, lying across a
     * vertical line (or only dash-like marks across a horizontal one). Placed by its centre it
     * would open a cell spanning the line, and split a column in two.
     */
    private boolean isLineResidue(OcrWord w) {
        String t = w.text();
        int cx = w.left() + w.width() / 2, cy = w.top() + w.height() / 2;
        if (only(t, BAR_LIKE)) {
            for (RulingLines.Line v : lines.vertical()) {
                if (v.at() >= w.left() - 2 && v.at() <= w.right() + 2 && v.covers(cy, SLACK)) return true;
            }
        }
        if (only(t, DASH_LIKE)) {
            for (RulingLines.Line l : lines.horizontal()) {
                if (l.at() >= w.top() - 2 && l.at() <= w.bottom() + 2 && l.covers(cx, SLACK)) return true;
            }
        }
        return false;
    }

    private static boolean only(String text, String marks) {
        if (text.isEmpty()) return false;
        for (int i = 0; i < text.length(); i++) if (marks.indexOf(text.charAt(i)) < 0) return false;
        return true;
    }

    /** The cells as lines of text, a row being the cells that begin at the same line; {@code cellText} writes one cell. */
    static List<PlacedLine> rows(List<Cell> cells, java.util.function.Function<Cell, String> cellText) {
        Map<Integer, List<Cell>> byTop = new java.util.TreeMap<>();
        for (Cell c : cells) byTop.computeIfAbsent(c.top(), k -> new ArrayList<>()).add(c);
        List<PlacedLine> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Cell>> row : byTop.entrySet()) {
            List<Cell> r = row.getValue();
            r.sort(Comparator.comparingInt(Cell::left));
            List<String> texts = new ArrayList<>();
            for (Cell c : r) texts.add(cellText.apply(c));
            out.add(new PlacedLine(row.getKey(), String.join("\t", texts)));
        }
        return out;
    }

    /**
     * The cells without words in the rows that have some, so that a blank cell keeps its column:
     * between two lines drawn across a row, every stretch bounded by vertical lines is a cell.
     */
    private void addEmptyCells(Map<String, Cell> cells) {
        Map<String, Cell> rowsSeen = new LinkedHashMap<>();
        for (Cell c : cells.values()) rowsSeen.putIfAbsent(c.top() + ":" + c.bottom(), c);
        for (Cell c : List.copyOf(rowsSeen.values())) {
            int cy = (c.top() + c.bottom()) / 2;
            List<RulingLines.Line> crossing = new ArrayList<>();
            for (RulingLines.Line v : lines.vertical()) if (v.covers(cy, SLACK)) crossing.add(v);
            crossing.sort(Comparator.comparingInt(RulingLines.Line::at));
            for (int i = 0; i + 1 < crossing.size(); i++) {
                int l = crossing.get(i).at(), r = crossing.get(i + 1).at();
                int cx = (l + r) / 2;
                RulingLines.Line top = nearest(lines.horizontal(), cy, cx, true);
                RulingLines.Line bottom = nearest(lines.horizontal(), cy, cx, false);
                if (top == null || bottom == null || top.at() != c.top()) continue;
                String key = top.at() + ":" + bottom.at() + ":" + l + ":" + r;
                cells.putIfAbsent(key, new Cell(top.at(), bottom.at(), l, r, new ArrayList<>()));
            }
        }
    }

    /**
     * The nearest line before (or after) {@code pos} that is drawn at {@code along}: above or
     * below a point for horizontal lines, left or right of it for vertical ones.
     */
    private static RulingLines.Line nearest(List<RulingLines.Line> set, int pos, int along, boolean before) {
        RulingLines.Line best = null;
        for (RulingLines.Line l : set) {
            if (!l.covers(along, SLACK)) continue;
            if (before ? l.at() < pos : l.at() > pos) {
                if (best == null || (before ? l.at() > best.at() : l.at() < best.at())) best = l;
            }
        }
        return best;
    }
}
