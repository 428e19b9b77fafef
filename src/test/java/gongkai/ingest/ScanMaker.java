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
record ScanMaker(int dpi, boolean jpeg, double skewDegrees, boolean seal) {

    Path scan(Path textPdf, Path out) throws IOException {
        try (PDDocument src = Loader.loadPDF(Files.readAllBytes(textPdf)); PDDocument dst = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(src);
            for (int i = 0; i < src.getNumberOfPages(); i++) {
                BufferedImage page = degrade(renderer.renderImageWithDPI(i, dpi, ImageType.RGB), i);
                PDRectangle box = src.getPage(i).getMediaBox();
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
        g.rotate(Math.toRadians(skewDegrees), out.getWidth() / 2.0, out.getHeight() / 2.0);
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
}
