package gongkai.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's ruling lines (表格线): long horizontal and vertical runs of dark pixels, found by
 * scanning the image row by row and column by column. They are the table's cell grid, and they
 * are erased before OCR because Tesseract reads a line beside a digit as 1, l or |.
 * Written by hand: Tesseract finds no table structure and the field's Java libraries offer no
 * line detection short of binding OpenCV.
 *
 * @param horizontal lines across the page, each at one height with its dark stretches
 * @param vertical   lines down the page, each at one column with its dark stretches
 */
record RulingLines(List<Line> horizontal, List<Line> vertical) {

    /** Darker than this (0-255 grey) is ink. */
    static final int INK = 150;
    /**
     * Darker than this is a line's pixel while following a line. A thin line of a 150-dpi JPEG,
     * enlarged and straightened, is a band of grey 3-5 pixels wide whose darkest pixel is lighter
     * than {@link #INK} here and there: followed at the ink threshold it breaks into pieces shorter
     * than a line, which are left on the page and read as | beside the digits.
     */
    private static final int LINE_INK = 200;
    /** Lighter than this is paper: a line's grey fringe is erased up to it. */
    private static final int PAPER = 235;
    /** How far (pixels) beyond a line's core its fringe is erased, across the line. */
    private static final int FRINGE = 3;
    /** Gaps this short within a run are bridged: a scanned line is not solid. */
    private static final int GAP = 3;
    /** Runs nearer than this (pixels, across the line) belong to one line. */
    private static final int MERGE = 6;

    /**
     * One ruling line: its position across (y of a horizontal line, x of a vertical one) and the
     * stretches along it where it is drawn, as [from, to) pairs in increasing order.
     */
    record Line(int at, int thickness, List<int[]> stretches) {
        /** Whether the line is drawn at {@code pos} along it, give or take {@code slack} pixels. */
        boolean covers(int pos, int slack) {
            for (int[] s : stretches) if (pos >= s[0] - slack && pos < s[1] + slack) return true;
            return false;
        }

        int from() {
            return stretches.get(0)[0];
        }

        int to() {
            return stretches.get(stretches.size() - 1)[1];
        }
    }

    /**
     * Finds the lines of a grey page and erases them from it (in place).
     *
     * @param minLength a run shorter than this is a character's stroke, not a line
     */
    static RulingLines findAndErase(BufferedImage grey, int minLength) {
        WritableRaster r = grey.getRaster();
        int w = grey.getWidth(), h = grey.getHeight();
        int[] px = r.getSamples(0, 0, w, h, 0, new int[w * h]);
        boolean[] hLine = new boolean[w * h], vLine = new boolean[w * h];
        List<Run> hRuns = runs(px, w, h, true, minLength, hLine);
        List<Run> vRuns = runs(px, w, h, false, minLength, vLine);
        int[] out = px.clone();
        // erase the line pixels and the grey fringe a scan leaves beside them, across the line
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (hLine[i]) eraseAcross(px, out, w, h, x, y, 0, 1);
                if (vLine[i]) eraseAcross(px, out, w, h, x, y, 1, 0);
            }
        }
        r.setSamples(0, 0, w, h, 0, out);
        return new RulingLines(merge(hRuns), merge(vRuns));
    }

    /**
     * Erases a line's pixel, its neighbours across the line, and beyond them the fringe while it
     * is darker than paper: never further than {@link #FRINGE}, so print beside a line is kept.
     */
    private static void eraseAcross(int[] px, int[] out, int w, int h, int x, int y, int dx, int dy) {
        out[y * w + x] = 255;
        for (int side = -1; side <= 1; side += 2) {
            for (int k = 1; k <= 1 + FRINGE; k++) {
                int xx = x + side * k * dx, yy = y + side * k * dy;
                if (xx < 0 || yy < 0 || xx >= w || yy >= h) break;
                if (k > 1 && px[yy * w + xx] >= PAPER) break;
                out[yy * w + xx] = 255;
            }
        }
    }

    /** A run of ink along one pixel row (or column). */
    private record Run(int at, int from, int to) {
    }

    private static List<Run> runs(int[] px, int w, int h, boolean horizontal, int minLength, boolean[] mark) {
        List<Run> out = new ArrayList<>();
        int lines = horizontal ? h : w, along = horizontal ? w : h;
        for (int a = 0; a < lines; a++) {
            int start = -1, lastInk = -1, dark = 0;
            for (int b = 0; b <= along; b++) {
                int v = b < along ? px[horizontal ? a * w + b : b * w + a] : 255;
                boolean ink = v < LINE_INK;
                if (ink) {
                    if (start < 0) {
                        start = b;
                        dark = 0;
                    }
                    lastInk = b;
                    if (v < INK) dark++;
                } else if (start >= 0 && b - lastInk > GAP) {
                    // a line is ink for most of its length: a run of grey alone is a smudge or a fringe
                    if (lastInk + 1 - start >= minLength && dark * 2 >= lastInk + 1 - start) {
                        out.add(new Run(a, start, lastInk + 1));
                        for (int k = start; k <= lastInk; k++) mark[horizontal ? a * w + k : k * w + a] = true;
                    }
                    start = -1;
                }
            }
        }
        return out;
    }

    /** Runs on neighbouring pixel rows (or columns) become one line with the union of their stretches. */
    private static List<Line> merge(List<Run> runs) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i < runs.size()) {
            int j = i;
            int first = runs.get(i).at(), last = first;
            while (j + 1 < runs.size() && runs.get(j + 1).at() - last <= MERGE) last = runs.get(++j).at();
            List<int[]> spans = new ArrayList<>();
            for (int k = i; k <= j; k++) spans.add(new int[] {runs.get(k).from(), runs.get(k).to()});
            spans.sort((p, q) -> Integer.compare(p[0], q[0]));
            List<int[]> union = new ArrayList<>();
            for (int[] s : spans) {
                if (!union.isEmpty() && s[0] <= union.get(union.size() - 1)[1] + GAP) {
                    int[] u = union.get(union.size() - 1);
                    u[1] = Math.max(u[1], s[1]);
                } else {
                    union.add(s.clone());
                }
            }
            out.add(new Line((first + last) / 2, last - first + 1, List.copyOf(union)));
            i = j + 1;
        }
        return List.copyOf(out);
    }

    boolean isEmpty() {
        return horizontal.isEmpty() || vertical.isEmpty();
    }
}
