package gongkai.ingest;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Reads image-only PDFs through Tika's Tesseract OCR (Simplified Chinese). Used only when asked
 * for ({@code --ocr}) and when the {@code tesseract} command with its {@code chi_sim} data is
 * installed; OCR is slow, and its figures deserve a second look.
 */
final class OcrReader {

    private final IngestOptions options;
    private Boolean available;

    OcrReader(IngestOptions options) {
        this.options = options;
    }

    String readScannedPdf(byte[] bytes) throws IngestException {
        if (!tesseractAvailable()) {
            throw new IngestException(PdfReader.NO_TEXT_LAYER + " (OCR needs tesseract-ocr and tesseract-ocr-chi-sim installed)");
        }
        PDFParserConfig pdfConfig = new PDFParserConfig();
        pdfConfig.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.OCR_ONLY);
        TesseractOCRConfig ocrConfig = new TesseractOCRConfig();
        ocrConfig.setLanguage("chi_sim");
        ocrConfig.setTimeoutSeconds((int) Math.max(1, options.parseTimeout().toSeconds()));
        AutoDetectParser parser = new AutoDetectParser();
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdfConfig);
        context.set(TesseractOCRConfig.class, ocrConfig);
        context.set(Parser.class, parser);
        BodyContentHandler handler = new BodyContentHandler(options.maxChars());
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, new Metadata(), context);
        } catch (Exception e) {
            throw new IngestException("OCR failed: " + Ingestor.oneLine(e));
        }
        String text = handler.toString();
        if (text.isBlank()) throw new IngestException(PdfReader.NO_TEXT_LAYER + " (OCR found no text)");
        return text;
    }

    /** Whether {@code tesseract} runs here and knows chi_sim; asked once per reader. */
    synchronized boolean tesseractAvailable() {
        if (available == null) available = probeTesseract();
        return available;
    }

    private static boolean probeTesseract() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && out.contains("chi_sim");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
