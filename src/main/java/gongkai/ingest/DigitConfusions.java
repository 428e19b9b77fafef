package gongkai.ingest;

/** The usual OCR confusions in a cell that holds only a figure (O for 0, l for 1, and the like). */
final class DigitConfusions {

    private DigitConfusions() {
    }

    /**
     * The cell as digits (with at most one decimal point between digits), when it looks like a
     * figure at all: at least one real digit, every other character a known look-alike; null
     * for a text cell.
     */
    static String asDigits(String cell) {
        StringBuilder out = new StringBuilder();
        boolean realDigit = false;
        int point = -1;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            char d = switch (c) {
                case 'O', 'o', 'D', 'Q', '〇' -> '0';
                case 'l', 'I', '|', 'i', '!' -> '1';
                case 'Z', 'z' -> '2';
                case 'S', 's' -> '5';
                case 'B' -> '8';
                case 'g' -> '9';
                case '.', '．' -> '.';
                default -> c;
            };
            if (c >= '0' && c <= '9') realDigit = true;
            if (c >= '０' && c <= '９') {
                d = (char) ('0' + (c - '０'));
                realDigit = true;
            }
            if (d == '.') {
                if (point >= 0 || i == 0 || i == cell.length() - 1) return null;
                point = i;
            } else if (d < '0' || d > '9') {
                return null;
            }
            out.append(d);
        }
        return realDigit ? out.toString() : null;
    }

    /**
     * Digits the Chinese model misreads in print, each with what it reads instead: an open 6 as
     * 0, a 5 as 3, a 1 beside a line as ] or |, a lone 7 as 了, a lone 4 as 二 (seen on scans of
     * the reports at 150 to 300 dpi, where the digits-only reading had them right).
     */
    private static final String[] CHINESE_SLIPS = {"60", "53", "1]", "1|", "1!", "7了", "4二"};

    /** Marks OCR puts beside a figure that are no part of it. */
    private static final String STRAY = "\"“”'‘’,，。、";

    /**
     * Whether {@code chinese} (the Chinese model's reading of a cell) differs from {@code digits}
     * (the digits-only reading) only where the Chinese model is known to misread a digit: then
     * the two readings disagree for a known reason, not because the cell is unclear.
     */
    static boolean chineseMisreadOf(String digits, String chinese) {
        StringBuilder c = new StringBuilder();
        for (int i = 0; i < chinese.length(); i++) if (STRAY.indexOf(chinese.charAt(i)) < 0 && chinese.charAt(i) != ' ') c.append(chinese.charAt(i));
        if (c.length() != digits.length() || digits.isEmpty()) return false;
        boolean slipped = false;
        for (int i = 0; i < digits.length(); i++) {
            char d = digits.charAt(i), x = c.charAt(i);
            if (d == x) continue;
            boolean known = false;
            for (String pair : CHINESE_SLIPS) known |= pair.charAt(0) == d && pair.charAt(1) == x;
            if (!known) return false;
            slipped = true;
        }
        return slipped;
    }
}
