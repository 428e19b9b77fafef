package gongkai.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds a page's text from word boxes: words whose boxes overlap vertically form one line,
 * and a horizontal gap wider than about two characters separates two cells with a tab, so a table
 * row reaches the table reader as one line of tab-separated cells, as a PDF's text layer does.
 * Written by hand because Tesseract gives boxes, not table structure.
 */
final class OcrLayout {

    /** Below this confidence a digit cell is not trusted. */
    static final double MIN_DIGIT_CONFIDENCE = 70;
    /** What an untrusted figure reads as: not a number, so the table reader records it as missing. */
    static final String UNREAD = "〔OCR未识别〕";

    private OcrLayout() {
    }

    static String lines(List<OcrWord> words) {
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
        StringBuilder out = new StringBuilder();
        for (List<OcrWord> row : rows) {
            row.sort(Comparator.comparingInt(OcrWord::left));
            out.append(line(row)).append('\n');
        }
        return out.toString();
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
        for (List<OcrWord> cell : cells) texts.add(cell(cell));
        return String.join("\t", texts);
    }

    private static String cell(List<OcrWord> words) {
        StringBuilder s = new StringBuilder();
        double minConf = 100;
        for (OcrWord w : words) {
            s.append(w.text());
            minConf = Math.min(minConf, w.confidence());
        }
        String raw = s.toString();
        String digits = DigitConfusions.asDigits(raw);
        if (digits == null) {
            // a short cell with a digit and no Chinese text was meant as a figure but did not read as one
            boolean figureLike = raw.length() <= 8 && raw.chars().anyMatch(Character::isDigit)
                    && raw.chars().noneMatch(c -> c >= 0x3000) && !raw.matches("\\d{1,2}[.、]");
            return figureLike ? UNREAD : raw;
        }
        // a figure read with low confidence is not given as a number: a wrong figure is worse than a missing one
        return minConf < MIN_DIGIT_CONFIDENCE ? UNREAD : digits;
    }
}
