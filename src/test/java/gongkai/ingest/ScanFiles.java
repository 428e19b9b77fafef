package gongkai.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Files made in code for the OCR page pipeline: mixed PDFs, Word files of pasted-in scans, bad scans. */
public final class ScanFiles {

    private ScanFiles() {
    }

    /** Part of a page of a text PDF rendered as a scanner would see it. */
    public static BufferedImage render(Path textPdf, int page, double top, double bottom, int dpi) throws IOException {
        try (PDDocument src = Loader.loadPDF(Files.readAllBytes(textPdf))) {
            BufferedImage full = new PDFRenderer(src).renderImageWithDPI(page, dpi, ImageType.RGB);
            int y0 = (int) (full.getHeight() * top), y1 = (int) (full.getHeight() * bottom);
            return full.getSubimage(0, y0, full.getWidth(), y1 - y0);
        }
    }

    /**
     * The text PDF with the given pages (0-based) replaced by a 300-dpi image of themselves: the
     * other pages keep their text layer.
     */
    public static Path mixed(Path textPdf, Path out, Set<Integer> scanned) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(textPdf))) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i : scanned) {
                BufferedImage image = renderer.renderImageWithDPI(i, 300, ImageType.RGB);
                PDRectangle box = doc.getPage(i).getMediaBox();
                PDPage page = new PDPage(box);
                PDImageXObject img = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(img, 0, 0, box.getWidth(), box.getHeight());
                }
                doc.getPages().insertBefore(page, doc.getPage(i));
                doc.removePage(i + 1);
            }
            doc.save(out.toFile());
        }
        return out;
    }

    /** An image-only PDF, one A4 page per image. */
    public static Path pdf(Path out, List<BufferedImage> images) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : images) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject img = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(img, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }

    /** A Word file: a typed line, then each image pasted in as a page-wide picture. */
    public static Path docx(Path out, String typed, List<BufferedImage> images) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
            doc.createParagraph().createRun().setText(typed);
            for (BufferedImage image : images) {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                XWPFRun run = doc.createParagraph().createRun();
                int widthEmu = Units.toEMU(450);
                run.addPicture(new ByteArrayInputStream(png.toByteArray()), Document.PICTURE_TYPE_PNG, "page.png",
                        widthEmu, (int) ((long) widthEmu * image.getHeight() / image.getWidth()));
            }
            doc.write(os);
        }
        return out;
    }

    /** A white A4 page at 150 dpi with a scanner's faint speckle. */
    public static BufferedImage blankPage() {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        Random random = new Random(1);
        g.setColor(new Color(120, 120, 120));
        for (int i = 0; i < 40; i++) g.fillRect(random.nextInt(1240), random.nextInt(1754), 2, 2);
        g.dispose();
        return image;
    }

    /** A photograph rather than a page of print: sky, hills and a house, in continuous tones. */
    public static BufferedImage photo() {
        int w = 1600, h = 1200;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(90, 140, 220), 0, h / 2f, new Color(200, 220, 240)));
        g.fillRect(0, 0, w, h);
        g.setPaint(new GradientPaint(0, h / 2f, new Color(60, 110, 50), 0, h, new Color(30, 70, 30)));
        g.fillPolygon(new int[] {0, w / 3, 2 * w / 3, w, w, 0}, new int[] {h / 2, h / 3, h / 2, h * 2 / 5, h, h}, 6);
        g.setColor(new Color(150, 60, 40));
        g.fillRect(w / 2, h / 2, 300, 220);
        g.setColor(new Color(80, 40, 30));
        g.fillPolygon(new int[] {w / 2 - 30, w / 2 + 150, w / 2 + 330}, new int[] {h / 2, h / 2 - 150, h / 2}, 3);
        Random random = new Random(7);
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                int rgb = image.getRGB(x, y);
                int n = random.nextInt(31) - 15;
                int r = clamp(((rgb >> 16) & 0xff) + n), gr = clamp(((rgb >> 8) & 0xff) + n), b = clamp((rgb & 0xff) + n);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        g.dispose();
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** A one-page PDF whose image claims to be a JPEG but whose stream is noise, as a broken download leaves it. */
    public static Path corruptImage(Path out) throws IOException {
        byte[] noise = new byte[40_000];
        new Random(3).nextBytes(noise);
        noise[0] = (byte) 0xFF;
        noise[1] = (byte) 0xD8;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject img = new PDImageXObject(doc, new ByteArrayInputStream(noise), COSName.DCT_DECODE,
                    1240, 1754, 8, PDDeviceRGB.INSTANCE);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(img, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(out.toFile());
        }
        return out;
    }

    /** An image-only PDF of {@code pages} pages, all drawing one shared small picture: a long scan, cheap to make. */
    public static Path longScan(Path out, int pages) throws IOException {
        BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 280);
        g.setColor(Color.BLACK);
        g.drawString("2024", 40, 60);
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject img = LosslessFactory.createFromImage(doc, image);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(img, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }
}
