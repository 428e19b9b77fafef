package gongkai.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

/** Run by hand with -Dscan.geometry=SCAN.pdf: each page's skew, ruling lines and words, beside images of the page as OCR sees it. */
@EnabledIfSystemProperty(named = "scan.geometry", matches = ".+")
class ScanGeometryDump {

    @Test
    void dump() throws Exception {
        Path scan = Path.of(System.getProperty("scan.geometry"));
        Path dir = scan.resolveSibling(scan.getFileName() + ".geometry");
        Files.createDirectories(dir);
        Tesseract t = new Tesseract("tesseract", java.time.Duration.ofMinutes(5));
        StringBuilder out = new StringBuilder();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(scan))) {
            var renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                var grey = ScanImage.greyWithoutRed(ScanImage.render(renderer, doc.getPage(i), i, OcrReader.DPI));
                double skew = ScanImage.skewAngle(grey);
                BufferedImage straight = skew != 0 ? ScanImage.rotate(grey, -skew) : grey;
                ImageIO.write(straight, "png", dir.resolve("page" + i + "-straight.png").toFile());
                RulingLines lines = RulingLines.findAndErase(straight, OcrReader.DPI * 10 / 25);
                out.append("PAGE ").append(i).append(" skew ").append(skew).append('\n');
                for (RulingLines.Line l : lines.horizontal()) out.append("H ").append(line(l)).append('\n');
                for (RulingLines.Line l : lines.vertical()) out.append("V ").append(line(l)).append('\n');
                ImageIO.write(straight, "png", dir.resolve("page" + i + "-erased.png").toFile());
                BufferedImage overlay = new BufferedImage(straight.getWidth(), straight.getHeight(), BufferedImage.TYPE_INT_RGB);
                Graphics2D g = overlay.createGraphics();
                g.drawImage(straight, 0, 0, null);
                g.setColor(Color.RED);
                for (RulingLines.Line l : lines.horizontal()) for (int[] s : l.stretches()) g.fillRect(s[0], l.at() - 1, s[1] - s[0], 3);
                g.setColor(Color.BLUE);
                for (RulingLines.Line l : lines.vertical()) for (int[] s : l.stretches()) g.fillRect(l.at() - 1, s[0], 3, s[1] - s[0]);
                g.dispose();
                ImageIO.write(overlay, "png", dir.resolve("page" + i + "-lines.png").toFile());
                if (Boolean.getBoolean("scan.words")) {
                    for (OcrWord w : t.words(straight, "chi_sim", 6)) {
                        out.append("W ").append(w.left()).append(',').append(w.top()).append(' ').append(w.width()).append('x').append(w.height())
                                .append(' ').append((int) w.confidence()).append(' ').append(w.text()).append('\n');
                    }
                }
            }
        }
        Files.writeString(dir.resolve("geometry.txt"), out.toString());
    }

    private static String line(RulingLines.Line l) {
        StringBuilder s = new StringBuilder().append(l.at()).append(" t").append(l.thickness()).append(" [");
        for (int[] st : l.stretches()) s.append(st[0]).append('-').append(st[1]).append(' ');
        return s.append(']').toString();
    }
}
