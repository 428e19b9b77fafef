package gongkai.ingest;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * A scanned page made ready for OCR: red ink (an official seal stamped over the table) dropped,
 * turned to grey, turned upright and straightened. Written by hand: these are a few loops over
 * the pixels, and the field's Java imaging libraries (ImageIO, PDFBox) do not offer them.
 */
final class ScanImage {

    /** Angles tried when straightening a page, in degrees either way. */
    private static final double MAX_SKEW = 3.0;
    private static final double STEP = 0.1;

    private ScanImage() {
    }

    /**
     * A page rendered at {@code dpi} for OCR. A scan stored at a lower resolution is rendered at
     * its own and then enlarged smoothly: PDFBox enlarges an image by repeating pixels, which at
     * 200 dpi widens every third column and row of a stroke and turns digits ragged.
     */
    static BufferedImage render(PDFRenderer renderer, PDPage page, int index, int dpi) throws IOException {
        int own = scanDpi(page);
        if (own <= 0 || own >= dpi * 0.95) return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        BufferedImage small = renderer.renderImageWithDPI(index, own, ImageType.RGB);
        PDRectangle box = page.getCropBox();
        return resized(small, Math.round(box.getWidth() / 72f * dpi), Math.round(box.getHeight() / 72f * dpi));
    }

    /**
     * An image file's page at {@code dpi}: a scan saved at a lower resolution is enlarged smoothly,
     * as a PDF's scan is when it is rendered, so that both reach OCR alike.
     */
    static BufferedImage atDpi(BufferedImage image, int own, int dpi) {
        if (own <= 0 || own >= dpi * 0.95) return image;
        return resized(image, (int) Math.round(image.getWidth() * (double) dpi / own), (int) Math.round(image.getHeight() * (double) dpi / own));
    }

    private static BufferedImage resized(BufferedImage small, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(small, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /**
     * The resolution of the page's scan: of its largest image, when that image has the page's
     * shape (so it fills the page, as a scan does); 0 when there is none.
     */
    static int scanDpi(PDPage page) {
        try {
            return imageDpi(page);
        } catch (IOException | RuntimeException e) {
            // a damaged image is reported by the rendering that follows, as for any page
            return 0;
        }
    }

    private static int imageDpi(PDPage page) throws IOException {
        PDResources res = page.getResources();
        if (res == null) return 0;
        PDRectangle box = page.getCropBox();
        int widest = 0, height = 0;
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof PDImageXObject img && img.getWidth() > widest) {
                widest = img.getWidth();
                height = img.getHeight();
            }
        }
        if (widest == 0 || height == 0) return 0;
        double imageShape = (double) widest / height, pageShape = box.getWidth() / box.getHeight();
        if (Math.abs(imageShape / pageShape - 1) > 0.02) return 0;
        return (int) Math.round(widest / (box.getWidth() / 72.0));
    }

    /**
     * The page in grey, with reddish pixels (a seal's ink) made white: black print under a red
     * seal stays dark, since it is dark in every channel.
     */
    static BufferedImage greyWithoutRed(BufferedImage rgb) {
        int w = rgb.getWidth(), h = rgb.getHeight();
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        int[] row = new int[w];
        int[] out = new int[w];
        for (int y = 0; y < h; y++) {
            rgb.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
                boolean red = r - Math.max(g, b) > 50 && r > 110;
                out[x] = red ? 255 : (r * 299 + g * 587 + b * 114) / 1000;
            }
            grey.getRaster().setSamples(0, y, w, 1, 0, out);
        }
        return grey;
    }

    /**
     * The angle (degrees) that makes the page's lines of ink horizontal: the one whose rows of
     * ink, projected along it, vary most (text lines and ruling lines then fall on few rows).
     */
    static double skewAngle(BufferedImage grey) {
        int w = grey.getWidth(), h = grey.getHeight();
        // a sample of the ink, every other pixel, is enough to find the angle and four times faster
        int[] px = grey.getRaster().getSamples(0, 0, w, h, 0, new int[w * h]);
        int n = 0;
        int[] xs = new int[w * h / 4 + 1], ys = new int[w * h / 4 + 1];
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                if (px[y * w + x] < RulingLines.INK && n < xs.length) {
                    xs[n] = x;
                    ys[n++] = y;
                }
            }
        }
        if (n < 1000) return 0;
        double best = 0, bestScore = -1;
        int[] bins = new int[h + 2 * w];
        for (double a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += STEP) {
            double t = Math.tan(Math.toRadians(a));
            java.util.Arrays.fill(bins, 0);
            for (int i = 0; i < n; i++) {
                int b = (int) Math.round(ys[i] - xs[i] * t) + w;
                if (b >= 0 && b < bins.length) bins[b]++;
            }
            double score = 0;
            for (int c : bins) score += (double) c * c;
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return Math.abs(best) < STEP / 2 ? 0 : best;
    }

    /** The page turned by {@code degrees} about its centre, the corners filled white. */
    static BufferedImage rotate(BufferedImage grey, double degrees) {
        if (degrees == 0) return grey;
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setTransform(AffineTransform.getRotateInstance(Math.toRadians(degrees), out.getWidth() / 2.0, out.getHeight() / 2.0));
        g.drawImage(grey, 0, 0, null);
        g.dispose();
        return out;
    }

    /**
     * The page turned clockwise by a quarter-turn multiple ({@code 90}, {@code 180}, {@code 270}),
     * as Tesseract's orientation detection asks: a sideways page swaps its width and height.
     */
    static BufferedImage turn(BufferedImage grey, int clockwise) {
        int q = Math.floorMod(clockwise / 90, 4);
        if (q == 0) return grey;
        int w = grey.getWidth(), h = grey.getHeight();
        int ow = q == 2 ? w : h, oh = q == 2 ? h : w;
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_BYTE_GRAY);
        var src = grey.getRaster();
        var dst = out.getRaster();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            src.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                // clockwise: (x, y) goes to (h-1-y, x); half turn to (w-1-x, h-1-y); three quarters to (y, w-1-x)
                switch (q) {
                    case 1 -> dst.setSample(h - 1 - y, x, 0, row[x]);
                    case 2 -> dst.setSample(w - 1 - x, h - 1 - y, 0, row[x]);
                    default -> dst.setSample(y, w - 1 - x, 0, row[x]);
                }
            }
        }
        return out;
    }
}
