package gongkai.ingest;

import java.util.List;

/**
 * What one cell of a scanned table says, as text for the table reader. A figure is given as
 * digits only when Tesseract read every digit with confidence; otherwise the cell carries a
 * mark the table reader knows: {@link #UNREAD} (a figure that did not read as one) or a
 * suspect figure ({@link #suspect}), both of which leave the figure missing unless a
 * consistency rule of the table settles it.
 */
public final class OcrCell {

    /** A printed figure that did not read as digits: not a number, so it is missing. */
    public static final String UNREAD = "〔OCR未识别〕";
    /** The start of a suspect figure: digits read with low confidence, e.g. {@code 〔OCR存疑:12〕}. */
    public static final String SUSPECT = "〔OCR存疑:";
    private static final char END = '〕';

    private OcrCell() {
    }

    /** The digits of a suspect mark, or null when {@code cell} is not one. */
    public static String suspectDigits(String cell) {
        if (!cell.startsWith(SUSPECT) || cell.charAt(cell.length() - 1) != END) return null;
        String d = cell.substring(SUSPECT.length(), cell.length() - 1);
        return d.matches("\\d+(\\.\\d+)?") ? d : null;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    static String suspect(String digits) {
        return SUSPECT + digits + END;
    }

    /**
     * The cell's words (in reading order) as one cell of text.
     *
     * @param ruled whether the cell is bounded by ruling lines (so that it holds nothing else)
     */
    static String text(List<OcrWord> words, boolean ruled) {
        StringBuilder s = new StringBuilder();
        double minConf = 100;
        for (OcrWord w : words) {
            // Chinese has no spaces between words; only two Latin words or numbers side by side keep one
            if (!s.isEmpty() && isLatin(s.charAt(s.length() - 1)) && isLatin(w.text().charAt(0))) s.append(' ');
            s.append(w.text());
            minConf = Math.min(minConf, w.confidence());
        }
        String raw = s.toString();
        String compact = raw.replace(" ", "");
        String digits = DigitConfusions.asDigits(compact);
        if (digits == null) {
            // a short cell with a digit and no Chinese text was meant as a figure but did not read as one
            boolean figureLike = compact.length() <= 10 && compact.chars().anyMatch(Character::isDigit)
                    && compact.chars().noneMatch(c -> c >= 0x3000) && !compact.matches("\\d{1,2}[.、]")
                    && !compact.matches("[-—–－]\\d{1,4}[-—–－]");
            return figureLike ? UNREAD : raw;
        }
        // a figure read with low confidence is not given as a number: a wrong figure is worse than a missing one
        return minConf < OcrLayout.MIN_DIGIT_CONFIDENCE ? suspect(digits) : digits;
    }
}
