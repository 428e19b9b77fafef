package gongkai.ingest;

import gongkai.extract.ReportExtractor;
import gongkai.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Where a scan's figures go: run by hand with -Dscan.diagnose=DIR to compare a scan's figures with the text layer's, key by key. */
@EnabledIfSystemProperty(named = "scan.diagnose", matches = ".+")
class ScanDiagnosis {

    /** Each figure-like cell's two readings, page by page, as the OCR reader makes them. */
    private static String cells(Path scan) throws Exception {
        StringBuilder out = new StringBuilder();
        Tesseract t = new Tesseract("tesseract", java.time.Duration.ofMinutes(5));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(scan))) {
            var renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                var grey = ScanImage.greyWithoutRed(ScanImage.render(renderer, doc.getPage(i), i, OcrReader.DPI));
                double skew = ScanImage.skewAngle(grey);
                if (skew != 0) grey = ScanImage.rotate(grey, -skew);
                RulingLines lines = RulingLines.findAndErase(grey, OcrReader.DPI * 10 / 25);
                if (lines.isEmpty()) continue;
                out.append("PAGE ").append(i).append(" skew ").append(skew).append(" lines ").append(lines.horizontal().size()).append('x').append(lines.vertical().size()).append('\n');
                var words = t.words(grey, "chi_sim", 6);
                var cells = new CellGrid(lines).cells(words, new java.util.ArrayList<>());
                var second = new DigitPass(t, "eng").read(grey, cells);
                var third = new DigitPass(t, "eng").check(grey, cells);
                for (CellGrid.Cell c : cells) {
                    StringBuilder first = new StringBuilder();
                    for (OcrWord w : c.words()) first.append(w.text()).append('(').append((int) w.confidence()).append(") ");
                    if (first.length() > 40) continue;
                    DigitPass.Reading r = second.get(c);
                    out.append(c.top()).append(',').append(c.left()).append("\t").append(first).append("\t| ")
                            .append(r == null ? "-" : r.digits() + "(" + (int) r.confidence() + ")");
                    DigitPass.Reading r3 = third.get(c);
                    out.append("\t| ").append(r3 == null ? "-" : r3.digits() + "(" + (int) r3.confidence() + ")").append('\n');
                }
            }
        }
        return out.toString();
    }

    @Test
    void diagnose() throws Exception {
        Path dir = Path.of(System.getProperty("scan.diagnose"));
        Files.createDirectories(dir);
        String[] pdfs = System.getProperty("scan.pdfs", "samples/real/淮安市人民政府_2024.pdf").split(",");
        String[] variants = System.getProperty("scan.variants", "300,0,0,NaN").split(";");
        ReportExtractor ex = ReportExtractor.standard();
        for (String pdf : pdfs) {
            Path textPdf = Path.of(pdf);
            Report text = ex.extract(new Ingestor().read(textPdf));
            for (String v : variants) {
                String[] f = v.split(",");
                // dpi, JPEG quality (0: lossless), skew degrees, seal height (NaN: none)
                ScanMaker maker = new ScanMaker(Integer.parseInt(f[0]), Float.parseFloat(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), false);
                String name = textPdf.getFileName().toString().replace(".pdf", "") + "_" + v.replace(',', '_');
                // -Dscan.crop=true: the title and tables 3 and 4 of 淮安市人民政府_2024 only, as ScannedReportTest scans them
                Path scan = Boolean.getBoolean("scan.crop")
                        ? maker.scan(textPdf, dir.resolve(name + ".pdf"), new ScanMaker.Part(0, 0, 0.3), new ScanMaker.Part(3, 0.42, 0.94), new ScanMaker.Part(4, 0, 0.85))
                        : maker.scan(textPdf, dir.resolve(name + ".pdf"));
                long t0 = System.nanoTime();
                SourceText src = new Ingestor(IngestOptions.defaults().withOcr(true)).read(scan);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                Files.writeString(dir.resolve(name + ".txt"), src.text());
                if (Boolean.getBoolean("scan.cells")) Files.writeString(dir.resolve(name + ".cells"), cells(scan));
                Report r = ex.extract(src);
                StringBuilder out = new StringBuilder();
                int truth = 0, right = 0, wrong = 0;
                Map<String, BigDecimal> tf = new TreeMap<>(text.figures());
                for (Map.Entry<String, BigDecimal> e : tf.entrySet()) {
                    if (e.getKey().startsWith("rate.")) continue;
                    truth++;
                    BigDecimal o = r.figures().get(e.getKey());
                    if (o != null && o.compareTo(e.getValue()) == 0) { right++; continue; }
                    if (o != null) wrong++;
                    out.append(o == null ? "MISSING " : "WRONG ").append(e.getKey()).append(" text=").append(e.getValue()).append(" ocr=").append(o).append('\n');
                    for (String w : r.warnings()) if (w.contains(e.getKey()) || w.contains(e.getKey().substring(0, e.getKey().lastIndexOf('.')) + " …")) out.append("    ").append(w).append('\n');
                }
                for (Map.Entry<String, BigDecimal> e : r.figures().entrySet()) {
                    if (!e.getKey().startsWith("rate.") && !tf.containsKey(e.getKey())) { wrong++; out.append("EXTRA ").append(e.getKey()).append('=').append(e.getValue()).append('\n'); }
                }
                String head = String.format("%s: agency=%s (text %s) year=%s read %d of %d (%.3f), wrong %d, %d ms%n", name, r.agency(), text.agency(), r.year(), right, truth, (double) right / truth, wrong, ms);
                Files.writeString(dir.resolve(name + ".diag"), head + out + "\nWARNINGS\n" + String.join("\n", r.warnings()));
                System.out.print(head);
            }
        }
    }
}
