package gongkai.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A second reading of the cells that may hold figures, with Tesseract told to see digits only:
 * the cells are cut out of the page and stacked in one strip, so the whole page needs one more
 * run. A figure is trusted when both readings agree; Chinese OCR alone reads a lone 7 as 了
 * and a lone 4 as 二, and sometimes 26 as 20 with confidence.
 */
final class DigitPass {

    /** Pixels kept off a cell's lines when it is cut out. */
    private static final int INSET = 6;
    private static final int PAD = 12;
    private static final int GAP = 30;

    private final Tesseract tesseract;
    private final String lang;
    private final String checkLang;

    /**
     * @param lang      the model of the digits reading (the Latin one reads digits best)
     * @param checkLang the model of the third reading, of cells where the first two disagree:
     *                  another model, so that its mistakes are not the first two's
     */
    DigitPass(Tesseract tesseract, String lang, String checkLang) {
        this.tesseract = tesseract;
        this.lang = lang;
        this.checkLang = checkLang;
    }

    DigitPass(Tesseract tesseract, String lang) {
        this(tesseract, lang, "chi_sim");
    }

    /** What the digit reading gave each cell that has ink: its digits (maybe empty) and lowest confidence. */
    record Reading(String digits, double confidence) {
    }

    Map<CellGrid.Cell, Reading> read(BufferedImage page, List<CellGrid.Cell> cells) throws IOException, InterruptedException {
        return read(page, cells, lang);
    }

    /** A third reading, digits only, by the other model: for the cells where the first two disagree. */
    Map<CellGrid.Cell, Reading> check(BufferedImage page, List<CellGrid.Cell> cells) throws IOException, InterruptedException {
        return read(page, cells, checkLang);
    }

    private Map<CellGrid.Cell, Reading> read(BufferedImage page, List<CellGrid.Cell> cells, String lang) throws IOException, InterruptedException {
        Map<CellGrid.Cell, Reading> out = new IdentityHashMap<>();
        List<CellGrid.Cell> cut = new ArrayList<>();
        List<int[]> boxes = new ArrayList<>();
        int width = 0, height = GAP;
        for (CellGrid.Cell c : cells) {
            int[] box = inkBox(page, c);
            if (box == null) continue;
            cut.add(c);
            boxes.add(box);
            width = Math.max(width, box[2] - box[0] + 2 * PAD);
            height += box[3] - box[1] + 2 * PAD + GAP;
        }
        if (cut.isEmpty()) return out;
        BufferedImage strip = new BufferedImage(width + 2 * GAP, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = strip.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, strip.getWidth(), strip.getHeight());
        int[] tops = new int[cut.size()];
        int y = GAP;
        for (int i = 0; i < cut.size(); i++) {
            int[] b = boxes.get(i);
            tops[i] = y;
            g.drawImage(page.getSubimage(b[0], b[1], b[2] - b[0], b[3] - b[1]), GAP + PAD, y + PAD, null);
            y += b[3] - b[1] + 2 * PAD + GAP;
        }
        g.dispose();
        List<List<OcrWord>> words = new ArrayList<>();
        for (int i = 0; i < cut.size(); i++) words.add(new ArrayList<>());
        for (OcrWord w : tesseract.words(strip, lang, 6, "tessedit_char_whitelist=0123456789.")) {
            int cy = w.top() + w.height() / 2;
            for (int i = cut.size() - 1; i >= 0; i--) {
                if (cy >= tops[i]) {
                    words.get(i).add(w);
                    break;
                }
            }
        }
        for (int i = 0; i < cut.size(); i++) {
            List<OcrWord> ws = words.get(i);
            ws.sort(java.util.Comparator.comparingInt(OcrWord::left));
            StringBuilder d = new StringBuilder();
            double conf = ws.isEmpty() ? 0 : 100;
            for (OcrWord w : ws) {
                d.append(w.text());
                conf = Math.min(conf, w.confidence());
            }
            out.put(cut.get(i), new Reading(d.toString(), conf));
        }
        return out;
    }

    /** The box [x0, y0, x1, y1) around the ink inside a cell, or null when it has none. */
    private static int[] inkBox(BufferedImage page, CellGrid.Cell c) {
        int x0 = Math.max(0, c.left() + INSET), x1 = Math.min(page.getWidth(), c.right() - INSET);
        int y0 = Math.max(0, c.top() + INSET), y1 = Math.min(page.getHeight(), c.bottom() - INSET);
        if (x1 <= x0 || y1 <= y0) return null;
        int w = x1 - x0;
        int[] px = page.getRaster().getSamples(x0, y0, w, y1 - y0, 0, new int[w * (y1 - y0)]);
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1, n = 0;
        for (int i = 0; i < px.length; i++) {
            if (px[i] >= RulingLines.INK) continue;
            int x = i % w, yy = i / w;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, yy);
            maxY = Math.max(maxY, yy);
            n++;
        }
        if (n < 20) return null;
        return new int[] {x0 + minX, y0 + minY, x0 + maxX + 1, y0 + maxY + 1};
    }
}
