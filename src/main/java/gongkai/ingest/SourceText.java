package gongkai.ingest;

/**
 * A file read into text, before extraction.
 *
 * @param source      the file's path, as given
 * @param format      txt, html, md, pdf, doc or docx
 * @param contentHash SHA-256 of the file's bytes, lower-case hex
 * @param text        the text with its line structure kept: one table row per line where the
 *                    format allows, cells separated by tabs or runs of spaces
 */
public record SourceText(String source, String format, String contentHash, String text) {
}
