package gongkai.ingest;

/**
 * A file read into text, before extraction.
 *
 * @param source      the file's path, as given
 * @param format      txt, html, md, pdf, doc, docx, or jpg, png, tiff for a scan saved as an image
 * @param contentHash SHA-256 of the file's bytes, lower-case hex
 * @param text        the text with its line structure kept: one table row per line where the
 *                    format allows, cells separated by tabs or runs of spaces
 * @param ocr         whether some of the text was read from page images by OCR (a scan)
 */
public record SourceText(String source, String format, String contentHash, String text, boolean ocr) {

    /** A file read from its text, not by OCR. */
    public SourceText(String source, String format, String contentHash, String text) {
        this(source, format, contentHash, text, false);
    }
}
