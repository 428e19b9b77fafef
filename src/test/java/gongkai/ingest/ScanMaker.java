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

/** Makes image-only PDFs (scans) from a real text PDF, degraded as real scans are. */
record ScanMaker(int dpi, boolean jpeg, double skewDegrees, boolean seal, boolean upsideDown) {

    ScanMaker(int dpi, boolean jpeg, double skewDegrees, boolean seal) {
        this(dpi, jpeg, skewDegrees, seal, false);
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
                PDImageXObject img = jpeg ? JPEGFactory.createFromImage(dst, page, 0.5f) : LosslessFactory.createFromImage(dst, page);
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
        g.setTransform(new java.awt.geom.AffineTransform());
        if (seal && pageIndex > 0) {
            // a red official seal stamped over the lower part of the page, where a table's last rows stand
            int d = dpi * 4 / 3;
            int x = out.getWidth() / 2, y = out.getHeight() * 3 / 4;
            g.setColor(new Color(220, 30, 30, 110));
            g.setStroke(new BasicStroke(dpi / 25f));
            g.drawOval(x, y - d / 2, d, d);
        }
        g.dispose();
        return out;
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
                PDImageXObject img = jpeg ? JPEGFactory.createFromImage(dst, page, 0.5f) : LosslessFactory.createFromImage(dst, page);
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
