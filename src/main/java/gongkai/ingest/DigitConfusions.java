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
}
