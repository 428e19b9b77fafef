package gongkai.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a page's text from word boxes. Words inside a ruled table go to their cells
 * ({@link CellGrid}); the rest form lines of words whose boxes overlap vertically, and a
 * horizontal gap wider than about two characters separates two cells with a tab, so a table
 * without ruling lines still reaches the table reader as one line of tab-separated cells, as a
 * PDF's text layer does. Both are merged in order down the page.
 * Written by hand because Tesseract gives boxes, not table structure.
 */
final class OcrLayout {

    /** Below this confidence a digit cell is not trusted. */
    static final double MIN_DIGIT_CONFIDENCE = 70;
    /**
     * From this confidence on, the digits-only reading is taken over a Chinese reading that
     * differs from it only by the Chinese model's known misreadings of digits.
     */
    static final double TRUSTED_DIGITS = 90;

    private OcrLayout() {
    }

    /**
     * The page's text: table rows by their cells, other words as lines, in order down the page.
     * The cells that may hold figures are read a second time by {@code digits}.
     */
    static String page(List<OcrWord> words, RulingLines lines, BufferedImage cleaned, DigitPass digits)
            throws IOException, InterruptedException {
        List<CellGrid.PlacedLine> placed = new ArrayList<>();
        List<OcrWord> outside = new ArrayList<>();
        if (lines.isEmpty()) {
            outside.addAll(words);
        } else {
            List<CellGrid.Cell> cells = new CellGrid(lines).cells(words, outside);
            List<CellGrid.Cell> figureLike = new ArrayList<>();
            for (CellGrid.Cell c : cells) if (mayHoldFigure(c)) figureLike.add(c);
            Map<CellGrid.Cell, DigitPass.Reading> second = digits.read(cleaned, figureLike);
            List<CellGrid.Cell> disputed = new ArrayList<>();
            for (CellGrid.Cell c : figureLike) if (disputed(c, second.get(c))) disputed.add(c);
            Map<CellGrid.Cell, DigitPass.Reading> third = disputed.isEmpty() ? Map.of() : digits.check(cleaned, disputed);
            placed.addAll(CellGrid.rows(cells, c -> gridCell(c, second.get(c), third.get(c))));
        }
        placed.addAll(lineRows(outside));
        placed.sort(Comparator.comparingInt(CellGrid.PlacedLine::top));
        StringBuilder out = new StringBuilder();
        for (CellGrid.PlacedLine l : placed) out.append(l.text()).append('\n');
        return out.toString();
    }

    /** Words without ruling lines: the text as lines, for callers that have no image. */
    static String lines(List<OcrWord> words) {
        StringBuilder out = new StringBuilder();
        for (CellGrid.PlacedLine l : lineRows(words)) out.append(l.text()).append('\n');
        return out.toString();
    }

    private static List<CellGrid.PlacedLine> lineRows(List<OcrWord> words) {
        List<CellGrid.PlacedLine> out = new ArrayList<>();
        for (List<OcrWord> row : group(words)) out.add(new CellGrid.PlacedLine(row.get(0).top(), line(row)));
        return out;
    }

    /** Words grouped into lines (boxes that overlap vertically), each sorted left to right, lines top to bottom. */
    static List<List<OcrWord>> group(List<OcrWord> words) {
        List<OcrWord> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(OcrWord::top));
        List<List<OcrWord>> rows = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (OcrWord w : sorted) {
            int best = -1;
            for (int i = rows.size() - 1; i >= 0 && i >= rows.size() - 4; i--) {
                int[] s = spans.get(i);
                int overlap = Math.min(s[1], w.bottom()) - Math.max(s[0], w.top());
                if (overlap * 2 >= Math.min(s[1] - s[0], w.height())) {
                    best = i;
                    break;
                }
            }
            if (best < 0) {
                rows.add(new ArrayList<>(List.of(w)));
                spans.add(new int[] {w.top(), w.bottom()});
            } else {
                rows.get(best).add(w);
                int[] s = spans.get(best);
                s[0] = Math.min(s[0], w.top());
                s[1] = Math.max(s[1], w.bottom());
            }
        }
        for (List<OcrWord> row : rows) row.sort(Comparator.comparingInt(OcrWord::left));
        return rows;
    }

    private static String line(List<OcrWord> row) {
        int charHeight = row.stream().mapToInt(OcrWord::height).sorted().toArray()[row.size() / 2];
        List<List<OcrWord>> cells = new ArrayList<>();
        OcrWord prev = null;
        for (OcrWord w : row) {
            if (prev == null || w.left() - prev.right() > 2 * Math.max(8, charHeight)) cells.add(new ArrayList<>());
            cells.get(cells.size() - 1).add(w);
            prev = w;
        }
        List<String> texts = new ArrayList<>();
        for (List<OcrWord> cell : cells) texts.add(OcrCell.text(cell, false));
        return String.join("\t", texts);
    }

    /** An empty cell, or one whose words are short and hold no two Chinese characters side by side. */
    private static boolean mayHoldFigure(CellGrid.Cell c) {
        StringBuilder s = new StringBuilder();
        for (OcrWord w : c.words()) s.append(w.text());
        if (s.length() > MAX_FIGURE_CHARS) return false;
        for (int i = 1; i < s.length(); i++) if (isHan(s.charAt(i - 1)) && isHan(s.charAt(i))) return false;
        return true;
    }

    private static final int MAX_FIGURE_CHARS = 14;

    private static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }

    /** A label cell ending in a lone digit after two Chinese characters. */
    private static final java.util.regex.Pattern TRAILING_DIGIT = java.util.regex.Pattern.compile(".*\\p{IsHan}{2}[0-9]");

    /** The marks a table prints for "none" in a cell, which the table reader knows. */
    private static final String DASHES = "-—–―－/／\\";

    /** The cell's words in reading order. */
    private static List<OcrWord> ordered(CellGrid.Cell c) {
        List<OcrWord> ordered = new ArrayList<>();
        for (List<OcrWord> line : group(c.words())) ordered.addAll(line);
        return ordered;
    }

    /** The cell's first reading as digits after the usual confusions, or null. */
    private static String firstDigits(List<OcrWord> ordered) {
        StringBuilder raw = new StringBuilder();
        for (OcrWord w : ordered) raw.append(w.text());
        return DigitConfusions.asDigits(raw.toString().replace(" ", ""));
    }

    private static String digitsOf(DigitPass.Reading r) {
        return r != null && r.digits().matches("\\d+(\\.\\d+)?") ? r.digits() : null;
    }

    /**
     * Whether the Chinese reading gave digits with confidence. Two digits-only readings that agree
     * are then not taken over it, unless it differs from them by a known slip of the Chinese
     * model: on a blurred 150-dpi scan both digits-only readings take a 4 for a 1 with confidence
     * (447 read as 147) where the Chinese reading has it right, so three readings that do not
     * agree leave the cell unclear.
     */
    private static boolean confidentDigits(String firstDigits, List<OcrWord> ordered) {
        if (firstDigits == null) return false;
        for (OcrWord w : ordered) if (w.confidence() < TRUSTED_DIGITS) return false;
        return true;
    }

    /** Whether the digits reading gave digits with confidence that the first reading does not give. */
    private static boolean disputed(CellGrid.Cell c, DigitPass.Reading second) {
        String secondDigits = digitsOf(second);
        return secondDigits != null && second.confidence() >= MIN_DIGIT_CONFIDENCE
                && !secondDigits.equals(firstDigits(ordered(c)));
    }

    /**
     * A ruled cell's text. A figure is given only when two readings give the same digits: the
     * first two, or, where they differ, a confident digits reading and the other model's
     * digits-only reading ({@code third}); or when a very confident digits reading differs from
     * the Chinese one only where the Chinese model is known to misread digits (26 read as 20).
     * Otherwise the cell is suspect, and ink that reads as nothing is unread.
     */
    private static String gridCell(CellGrid.Cell c, DigitPass.Reading second, DigitPass.Reading third) {
        List<OcrWord> ordered = ordered(c);
        String first = ordered.isEmpty() ? "" : OcrCell.text(ordered, true);
        // a label's closing quote or bracket read as a digit (三安全一稳定1) would be a cell of its own
        if (TRAILING_DIGIT.matcher(first).matches()) first = first.substring(0, first.length() - 1);
        if (second == null) {
            // no ink in the cell, or not a cell that may hold a figure
            if (first.matches("\\d+(\\.\\d+)?")) return OcrCell.suspect(first);
            return first;
        }
        String firstDigits = firstDigits(ordered);
        String secondDigits = digitsOf(second);
        if (firstDigits != null && firstDigits.equals(secondDigits)) return firstDigits;
        StringBuilder raw = new StringBuilder();
        for (OcrWord w : ordered) raw.append(w.text());
        if (secondDigits != null && secondDigits.equals(digitsOf(third)) && second.confidence() >= MIN_DIGIT_CONFIDENCE
                && third.confidence() >= MIN_DIGIT_CONFIDENCE
                && (!confidentDigits(firstDigits, ordered) || DigitConfusions.chineseMisreadOf(secondDigits, raw.toString()))) {
            return secondDigits;
        }
        if (secondDigits != null && second.confidence() >= TRUSTED_DIGITS && DigitConfusions.chineseMisreadOf(secondDigits, raw.toString())) {
            return secondDigits;
        }
        if (secondDigits != null) return OcrCell.suspect(secondDigits);
        if (firstDigits != null) return OcrCell.suspect(firstDigits);
        if (ordered.isEmpty() || first.equals(OcrCell.UNREAD)) return OcrCell.UNREAD;
        // a mark that is neither a word nor a dash (a 0 read as " or ]) is a figure not read, so that the row keeps its columns
        if (first.length() <= 2 && first.chars().noneMatch(ch -> Character.isLetter(ch) || DASHES.indexOf(ch) >= 0)) return OcrCell.UNREAD;
        return first;
    }
}
