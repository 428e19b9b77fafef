package gongkai.ingest;

/** One word Tesseract read, with its box on the page (pixels) and its confidence (0-100). */
record OcrWord(int left, int top, int width, int height, double confidence, String text) {

    int right() {
        return left + width;
    }

    int bottom() {
        return top + height;
    }

    /** Tesseract TSV columns: level page block par line word left top width height conf text. */
    static OcrWord fromTsv(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 12 || !"5".equals(f[0])) return null;
        String text = f[11].strip();
        if (text.isEmpty()) return null;
        try {
            return new OcrWord(Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                    Integer.parseInt(f[9]), Double.parseDouble(f[10]), text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
