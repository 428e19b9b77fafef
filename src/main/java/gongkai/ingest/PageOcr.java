package gongkai.ingest;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/**
 * One page image read by OCR: made grey without its red seal, turned upright when it was scanned
 * upside down or sideways, straightened, its ruling lines found, then its words read and laid out
 * ({@link OcrLayout}). A blank page and a page of no print (a photo) are told apart from a page of
 * text, so that a document of them fails with its reason instead of yielding noise.
 */
final class PageOcr {

    /** Below this share of dark pixels a page is blank: a page number alone has more. */
    private static final double BLANK_INK = 0.0002;
    /**
     * Mean word confidence (0-100) of a page read upright; print read upside down or sideways
     * scores 20-30, a clean upright page 85-90. Below it the page's orientation is asked for.
     */
    private static final double UPRIGHT = 60;
    /** Below this mean confidence, in every orientation, the page holds no print worth reading. */
    private static final double READABLE = 45;
    /**
     * Tesseract's orientation confidence needed before a page is turned. Pages of body text score
     * 10-40, a title page of a few large lines under 2; a turn is kept only when the page then reads
     * better, so a low bar costs time on a doubtful page, never a worse reading.
     */
    private static final double TURN_CONFIDENCE = 1;

    private final int psm;
    private final String digitLanguage;

    PageOcr(int psm, String digitLanguage) {
        this.psm = psm;
        this.digitLanguage = digitLanguage;
    }

    enum Kind { TEXT, BLANK, NO_PRINT }

    /** What a page gave: its text, or why it gave none. */
    record Result(Kind kind, String text) {
        static final Result BLANK = new Result(Kind.BLANK, "");
        static final Result NO_PRINT = new Result(Kind.NO_PRINT, "");

        boolean hasText() {
            return kind == Kind.TEXT;
        }
    }

    /**
     * The page's text.
     *
     * @param dpi  the image's resolution: ruling lines are told from strokes by their length on paper
     * @param page Tesseract bound by the page's deadline, which its rendering already counted against
     */
    Result read(BufferedImage image, int dpi, Tesseract page) throws IOException, InterruptedException {
        BufferedImage grey = ScanImage.greyWithoutRed(image);
        if (inkShare(grey) < BLANK_INK) return Result.BLANK;
        Attempt best = attempt(grey, page, dpi);
        if (best.quality() < UPRIGHT && !best.words().isEmpty()) {
            // Orientation detection costs a second or two a page, so only a page that reads badly asks;
            // it looks at half the resolution, which tells the way up as surely in half the time.
            Tesseract.Orientation o = page.orientation(scaled(grey, 0.5));
            if (o != null && o.rotate() != 0 && o.confidence() >= TURN_CONFIDENCE) {
                Attempt turned = attempt(ScanImage.turn(grey, o.rotate()), page, dpi);
                if (turned.quality() > best.quality()) best = turned;
            }
        }
        // ink but no words: a picture, not print
        if (best.words().isEmpty()) return Result.NO_PRINT;
        if (best.quality() < READABLE) return Result.NO_PRINT;
        String text = OcrLayout.page(best.words(), best.lines(), best.page(), new DigitPass(page, digitLanguage));
        return text.isBlank() ? Result.BLANK : new Result(Kind.TEXT, text);
    }

    /** A reading of the page as it stands: straightened, its ruling lines found and erased, its words. */
    private record Attempt(BufferedImage page, RulingLines lines, List<OcrWord> words) {
        /** Mean confidence of the words, each weighed by its characters. */
        double quality() {
            double sum = 0;
            long chars = 0;
            for (OcrWord w : words) {
                if (w.confidence() < 0) continue;
                int n = w.text().codePointCount(0, w.text().length());
                sum += w.confidence() * n;
                chars += n;
            }
            return chars == 0 ? 0 : sum / chars;
        }
    }

    private Attempt attempt(BufferedImage grey, Tesseract page, int dpi) throws IOException, InterruptedException {
        double skew = ScanImage.skewAngle(grey);
        // the lines are erased in place: the grey page is kept intact for a second, turned attempt
        BufferedImage straight = skew != 0 ? ScanImage.rotate(grey, -skew) : copy(grey);
        // a line must be longer than a large character's stroke: 1 cm at the page's resolution
        RulingLines lines = RulingLines.findAndErase(straight, dpi * 10 / 25);
        return new Attempt(straight, lines, page.words(straight, "chi_sim", psm));
    }

    /** Share of the page's pixels that are ink. */
    static double inkShare(BufferedImage grey) {
        int w = grey.getWidth(), h = grey.getHeight();
        long ink = 0;
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            grey.getRaster().getSamples(0, y, w, 1, 0, row);
            for (int v : row) if (v < RulingLines.INK) ink++;
        }
        return (double) ink / ((long) w * h);
    }

    private static BufferedImage copy(BufferedImage grey) {
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        out.setData(grey.getRaster());
        return out;
    }

    private static BufferedImage scaled(BufferedImage grey, double factor) {
        int w = Math.max(1, (int) (grey.getWidth() * factor)), h = Math.max(1, (int) (grey.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(grey, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
