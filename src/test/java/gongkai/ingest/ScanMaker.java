package gongkai.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes image-only PDFs (scans) from a real text PDF, degraded as real scans are.
 *
 * @param dpi         the scan's resolution
 * @param jpegQuality the JPEG quality the pages are stored with (0 to 1), or 0 for lossless pages
 * @param skewDegrees how far the paper lay askew on the scanner
 * @param sealAt      where a red official seal is stamped on every page but the first, as the
 *                    height of its centre (a fraction of the page or part); NaN for none
 * @param upsideDown  whether the pages were scanned upside down
 */
record ScanMaker(int dpi, float jpegQuality, double skewDegrees, double sealAt, boolean upsideDown) {

    /** The JPEG quality of a scan that is just "JPEG": as low as office scanners go by default. */
    static final float LOW_QUALITY = 0.5f;
    /** Where the seal of {@code seal = true} stands: the lower part of a page. */
    static final double LOWER_PART = 0.75;

    ScanMaker(int dpi, boolean jpeg, double skewDegrees, boolean seal) {
        this(dpi, jpeg, skewDegrees, seal, false);
    }

    ScanMaker(int dpi, boolean jpeg, double skewDegrees, boolean seal, boolean upsideDown) {
        this(dpi, jpeg ? LOW_QUALITY : 0, skewDegrees, seal ? LOWER_PART : Double.NaN, upsideDown);
    }

    /** This scan with a seal stamped with its centre at {@code y} (a fraction of each page or part's height). */
    ScanMaker sealedAt(double y) {
        return new ScanMaker(dpi, jpegQuality, skewDegrees, y, upsideDown);
    }

    /** A part of a page: its index and the band from {@code top} to {@code bottom} (fractions of its height). */
    record Part(int page, double top, double bottom) {
    }

    Path scan(Path textPdf, Path out) throws IOException {
        int n;
        try (PDDocument src = Loader.loadPDF(Files.readAllBytes(textPdf))) {
            n = src.getNumberOfPages();
        }
        Part[] all = new Part[n];
        for (int i = 0; i < n; i++) all[i] = new Part(i, 0, 1);
        return scan(textPdf, out, all);
    }

    /** A scan of only these parts of pages, each a page of its own: small scans keep OCR tests fast. */
    Path scan(Path textPdf, Path out, Part... parts) throws IOException {
        try (PDDocument src = Loader.loadPDF(Files.readAllBytes(textPdf)); PDDocument dst = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(src);
            for (Part part : parts) {
                int i = part.page();
                BufferedImage full = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                int y0 = (int) (full.getHeight() * part.top()), y1 = (int) (full.getHeight() * part.bottom());
                BufferedImage page = degrade(full.getSubimage(0, y0, full.getWidth(), y1 - y0), i);
                PDRectangle whole = src.getPage(i).getMediaBox();
                PDRectangle box = new PDRectangle(whole.getWidth(), (float) (whole.getHeight() * (part.bottom() - part.top())));
                PDPage p = new PDPage(box);
                dst.addPage(p);
                PDImageXObject img = jpegQuality > 0 ? JPEGFactory.createFromImage(dst, page, jpegQuality) : LosslessFactory.createFromImage(dst, page);
                try (PDPageContentStream cs = new PDPageContentStream(dst, p)) {
                    cs.drawImage(img, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            dst.save(out.toFile());
        }
        return out;
    }

    private BufferedImage degrade(BufferedImage in, int pageIndex) {
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(skewDegrees + (upsideDown ? 180 : 0)), out.getWidth() / 2.0, out.getHeight() / 2.0);
        g.drawImage(in, 0, 0, null);
        g.dispose();
        if (!Double.isNaN(sealAt) && pageIndex > 0) stamp(out, (int) (out.getWidth() * 0.6), (int) (out.getHeight() * sealAt));
        return out;
    }

    /**
     * Stamps a 公章 as one is pressed on paper: a red ring 42 mm across, a star and a ring of
     * characters, its ink multiplying the print beneath it, so that black print under the seal
     * stays dark and the paper turns red.
     */
    private void stamp(BufferedImage page, int cx, int cy) {
        int d = (int) (dpi * 42 / 25.4);
        BufferedImage mask = new BufferedImage(d + 2, d + 2, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = mask.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        float ring = dpi * 1.2f / 25.4f;
        g.setStroke(new BasicStroke(ring));
        g.drawOval((int) ring, (int) ring, d - 2 * (int) ring, d - 2 * (int) ring);
        java.awt.geom.Path2D star = new java.awt.geom.Path2D.Double();
        double r = d * 0.14;
        for (int i = 0; i < 10; i++) {
            double a = Math.PI / 2 + i * Math.PI / 5, rr = i % 2 == 0 ? r : r * 0.4;
            double x = d / 2.0 + rr * Math.cos(a), y = d / 2.0 - rr * Math.sin(a);
            if (i == 0) star.moveTo(x, y);
            else star.lineTo(x, y);
        }
        star.closePath();
        g.fill(star);
        g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.BOLD, (int) (d * 0.12)));
        String text = "人民政府办公室公章专用";
        for (int i = 0; i < text.length(); i++) {
            double a = Math.toRadians(200 - i * 22);
            var t = new java.awt.geom.AffineTransform();
            t.translate(d / 2.0 + d * 0.33 * Math.cos(a), d / 2.0 - d * 0.33 * Math.sin(a));
            t.rotate(Math.PI / 2 - a);
            g.setTransform(t);
            g.drawString(text.substring(i, i + 1), (int) (-d * 0.06), (int) (d * 0.06));
        }
        g.dispose();
        // the seal's ink: red, not quite solid, as a stamp leaves it
        int[] ink = {225, 35, 40};
        for (int y = 0; y < mask.getHeight(); y++) {
            for (int x = 0; x < mask.getWidth(); x++) {
                int px = cx - d / 2 + x, py = cy - d / 2 + y;
                if (px < 0 || py < 0 || px >= page.getWidth() || py >= page.getHeight()) continue;
                double a = mask.getRaster().getSample(x, y, 0) / 255.0 * 0.85;
                if (a == 0) continue;
                int p = page.getRGB(px, py);
                int[] c = {(p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff};
                for (int k = 0; k < 3; k++) c[k] = (int) Math.round(c[k] * (1 - a + a * ink[k] / 255.0));
                page.setRGB(px, py, (c[0] << 16) | (c[1] << 8) | c[2]);
            }
        }
    }

    /**
     * A scan of these parts with each page turned clockwise by {@code clockwise[i]} degrees (0, 90,
     * 180 or 270), as pages fed into a scanner sideways or upside down are: a sideways page's box is
     * landscape.
     */
    Path turnedScan(Path textPdf, Path out, int[] clockwise, Part... parts) throws IOException {
        try (PDDocument src = Loader.loadPDF(Files.readAllBytes(textPdf)); PDDocument dst = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(src);
            for (int k = 0; k < parts.length; k++) {
                Part part = parts[k];
                BufferedImage full = renderer.renderImageWithDPI(part.page(), dpi, ImageType.RGB);
                int y0 = (int) (full.getHeight() * part.top()), y1 = (int) (full.getHeight() * part.bottom());
                BufferedImage page = turn(degrade(full.getSubimage(0, y0, full.getWidth(), y1 - y0), part.page()), clockwise[k]);
                PDRectangle whole = src.getPage(part.page()).getMediaBox();
                float w = whole.getWidth(), h = (float) (whole.getHeight() * (part.bottom() - part.top()));
                PDRectangle box = clockwise[k] % 180 == 0 ? new PDRectangle(w, h) : new PDRectangle(h, w);
                PDPage p = new PDPage(box);
                dst.addPage(p);
                PDImageXObject img = jpegQuality > 0 ? JPEGFactory.createFromImage(dst, page, jpegQuality) : LosslessFactory.createFromImage(dst, page);
                try (PDPageContentStream cs = new PDPageContentStream(dst, p)) {
                    cs.drawImage(img, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            dst.save(out.toFile());
        }
        return out;
    }

    /** The image turned clockwise by a multiple of 90 degrees. */
    static BufferedImage turn(BufferedImage in, int clockwise) {
        int q = Math.floorMod(clockwise / 90, 4);
        if (q == 0) return in;
        int w = in.getWidth(), h = in.getHeight();
        BufferedImage out = new BufferedImage(q == 2 ? w : h, q == 2 ? h : w, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
        g.rotate(Math.toRadians(90.0 * q));
        g.translate(-w / 2.0, -h / 2.0);
        g.drawImage(in, 0, 0, null);
        g.dispose();
        return out;
    }
}
