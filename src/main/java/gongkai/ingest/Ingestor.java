package gongkai.ingest;

import org.apache.tika.mime.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads any report file into {@link SourceText}: PDF, Word (.docx, .doc), web pages, text
 * in UTF-8, UTF-16, GBK or GB18030, and scans saved as images (JPEG, PNG, TIFF), read by OCR. The format is told by content, not by the file name.
 * Every failure is an {@link IngestException} whose message is one line naming the reason;
 * limits ({@link IngestOptions}) bound the size read, the characters kept and the time spent,
 * so one bad file never holds up the rest of a folder. Thread-safe; build one and share it.
 */
public final class Ingestor {

    /** A Word file with less typed text than this is its pictures: a title line above pasted-in scans. */
    private static final int THIN_WORD_TEXT = 200;

    private final IngestOptions options;
    private final DocumentFormat.Sniffer sniffer = new DocumentFormat.Sniffer();
    private final TextDecoder textDecoder = new TextDecoder();
    private final OcrReader ocrReader;
    private final PdfReader pdfReader;
    private final MarkupReader markupReader;

    public Ingestor() {
        this(IngestOptions.defaults());
    }

    public Ingestor(IngestOptions options) {
        this.options = options;
        this.ocrReader = new OcrReader(options);
        this.pdfReader = new PdfReader(options, ocrReader);
        this.markupReader = new MarkupReader(options);
    }

    public IngestOptions options() {
        return options;
    }

    /**
     * Null when OCR is off or can run; otherwise why scans will fail (Tesseract or its chi_sim
     * model missing), for a command to say once before it starts.
     */
    public String ocrUnavailable() {
        return options.ocr() ? ocrReader.unavailable() : null;
    }

    public SourceText read(Path file) throws IngestException {
        byte[] bytes = readBounded(file);
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        MediaType type = sniffer.detect(bytes);
        DocumentFormat format = DocumentFormat.of(type, name);
        String decoded = null;
        if (format == null) {
            // Magic numbers misfire on text without a BOM (UTF-16 Chinese can look like an image
            // header): text that decodes cleanly is text whatever the detector thought.
            decoded = textDecoder.decode(bytes);
            if (decoded == null) throw new IngestException(unsupported(type, name));
            format = DocumentFormat.of(MediaType.TEXT_PLAIN, name);
        }
        String preDecoded = decoded;
        PdfReader.Read read = switch (format) {
            case TXT, MD -> PdfReader.Read.text(preDecoded != null ? preDecoded : decodeText(bytes));
            case PDF -> readPdf(bytes);
            case DOCX -> readDocx(bytes);
            case DOC -> PdfReader.Read.text(withTimeout(() -> markupReader.readWord(bytes, false)));
            case HTML -> PdfReader.Read.text(withTimeout(() -> markupReader.readHtml(bytes)));
            case JPG, PNG, TIFF -> readImage(bytes);
        };
        String text = read.text();
        if (text.length() > options.maxChars()) {
            throw new IngestException("text exceeds the limit of " + options.maxChars() + " characters");
        }
        return new SourceText(file.toString(), format.label(), sha256(bytes), unixLines(text), read.ocr());
    }

    /** A PDF's text layer within the parse time; its image pages each within it, by OCR. */
    private PdfReader.Read readPdf(byte[] bytes) throws IngestException {
        PdfReader.Layer layer = withTimeout(() -> pdfReader.readTextLayer(bytes));
        return pdfReader.read(layer, bytes);
    }

    /**
     * A Word file's text within the parse time, followed by its pasted-in page scans read by OCR,
     * in document order: typed cover, then the scanned pages, as such files are made.
     */
    private PdfReader.Read readDocx(byte[] bytes) throws IngestException {
        String text = withTimeout(() -> markupReader.readWord(bytes, true));
        if (!options.ocr()) return PdfReader.Read.text(text);
        List<byte[]> pictures = withTimeout(() -> WordPictures.pages(bytes));
        if (pictures.isEmpty()) return PdfReader.Read.text(text);
        boolean thin = text.codePoints().filter(c -> !Character.isWhitespace(c)).count() < THIN_WORD_TEXT;
        String missing = ocrReader.unavailable();
        if (missing != null) {
            if (thin) throw new IngestException(PdfReader.NO_TEXT_LAYER + " (Word file of page pictures; " + missing + ")");
            return PdfReader.Read.text(text);
        }
        List<PageOcr.Result> pages = ocrReader.readImages(pictures);
        if (thin) OcrReader.requireText(pages);
        StringBuilder out = new StringBuilder(text);
        if (!text.endsWith("\n")) out.append('\n');
        for (PageOcr.Result page : pages) if (page.hasText()) out.append(page.text()).append('\n');
        return new PdfReader.Read(out.toString(), pages.stream().anyMatch(PageOcr.Result::hasText));
    }

    /**
     * An image file (a scan saved as JPEG, PNG or TIFF), its pages read by OCR as a scanned PDF's
     * are; refused with the reason when OCR is off or cannot run here.
     */
    private PdfReader.Read readImage(byte[] bytes) throws IngestException {
        if (!options.ocr()) throw new IngestException(PdfReader.NO_TEXT_LAYER + " (image file; OCR is off)");
        String missing = ocrReader.unavailable();
        if (missing != null) throw new IngestException(PdfReader.NO_TEXT_LAYER + " (image file; " + missing + ")");
        List<PageOcr.Result> pages = ocrReader.readImageFile(bytes);
        OcrReader.requireText(pages);
        StringBuilder out = new StringBuilder();
        for (PageOcr.Result page : pages) if (page.hasText()) out.append(page.text()).append('\n');
        return new PdfReader.Read(PdfReader.withoutPageNumbers(out.toString()), true);
    }

    /** The file's bytes, refused by size before any byte is read. */
    private byte[] readBounded(Path file) throws IngestException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new IngestException(Files.exists(file) ? "not a regular file" : "file not found");
            }
            long size = Files.size(file);
            if (size == 0) throw new IngestException("empty file (0 bytes)");
            if (size > options.maxBytes()) {
                throw new IngestException("file too large: " + megabytes(size) + " exceeds the limit of " + megabytes(options.maxBytes()));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) throw new IngestException("empty file (0 bytes)");
            return bytes;
        } catch (NoSuchFileException e) {
            throw new IngestException("file not found");
        } catch (IOException e) {
            throw new IngestException("cannot read file: " + oneLine(e));
        }
    }

    private String decodeText(byte[] bytes) throws IngestException {
        String text = textDecoder.decode(bytes);
        if (text == null) throw new IngestException("unrecognised content: not a PDF, Word file, web page or text in UTF-8, UTF-16, GBK or GB18030");
        return text;
    }

    /**
     * Runs a parser on a worker thread and gives up after the parse timeout. The readers check
     * their thread's interrupt flag page by page and element by element, so an abandoned parse
     * stops soon after; the thread is a daemon so it can never keep the program alive.
     */
    private <T> T withTimeout(Callable<T> parse) throws IngestException {
        FutureTask<T> task = new FutureTask<>(parse);
        Thread worker = new Thread(task, "gongkai-ingest");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(options.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new IngestException("parse timed out after " + options.parseTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IngestException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IngestException ie) throw ie;
            if (cause instanceof OutOfMemoryError) throw new IngestException("out of memory while parsing");
            throw new IngestException("cannot parse: " + oneLine(cause));
        }
    }

    private static String unsupported(MediaType type, String name) {
        String t = type.getBaseType().toString();
        String ext = DocumentFormat.extension(name);
        if (t.equals("application/x-tika-ooxml-protected")) return "encrypted Word document: a password is required to open it";
        if (t.equals("application/zip") && (ext.equals("docx") || ext.equals("doc"))) {
            return "not a Word document: a zip archive without Word content";
        }
        return "unsupported format: " + t + " (Gongkai reads PDF, Word, web pages, text, and scans saved as JPEG, PNG or TIFF)";
    }

    private static String unixLines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** An exception as one short line: its own message, else its innermost cause's, else its kind. */
    static String oneLine(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null && message == null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) message = t.getMessage();
        }
        if (message == null) message = e.getClass().getSimpleName();
        message = message.strip().replaceAll("\\s+", " ");
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    /** The SHA-256 of a file's bytes, read in blocks: a file too big to ingest is not loaded whole to find it. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] block = new byte[64 * 1024];
            for (int n = in.read(block); n >= 0; n = in.read(block)) digest.update(block, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
