package gongkai.web;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.search.SearchEngine;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The file a report was indexed from, as the original-file route serves it. The path is the
 * source the index stored for the report's id (both engines store it); nothing of the request
 * but the id, checked as 16 hex digits, ever reaches the file system.
 *
 * @param path         the indexed file, as stored (relative paths are relative to the server's working directory)
 * @param contentType  by extension
 * @param inline       true for a PDF, which the browser's own viewer opens; other formats download
 * @param downloadName {@code agency_year.ext}, or the file's own name when the agency is unknown
 */
record OriginalFile(Path path, String contentType, boolean inline, String downloadName) {

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "doc", "application/msword",
            "html", "text/html",
            "htm", "text/html",
            "txt", "text/plain",
            "md", "text/markdown");

    /** The original of report {@code id}: empty when the id is not indexed or its file is no longer on disk. */
    static Optional<OriginalFile> of(SearchEngine search, String id) throws IOException {
        Optional<? extends JsonNode> report = search.report(id);
        if (report.isEmpty()) return Optional.empty();
        JsonNode r = report.get();
        String source = r.path("source").asText("");
        if (source.isBlank()) return Optional.empty();
        Path path;
        try {
            path = Path.of(source);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) return Optional.empty();
        String ext = extension(path.getFileName().toString());
        String type = TYPES.getOrDefault(ext, "application/octet-stream");
        return Optional.of(new OriginalFile(path, type, ext.equals("pdf"),
                downloadName(r.path("agency").asText(""), r.path("year").asText(""), path.getFileName().toString(), ext)));
    }

    /** The file's name alone, which the report view shows instead of a path on the indexing machine. */
    static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    static String downloadName(String agency, String year, String fileName, String ext) {
        String name = agency.isBlank() ? fileName : agency + (year.matches("\\d{4}") ? "_" + year : "") + (ext.isEmpty() ? "" : "." + ext);
        // Characters no file system or header takes: path separators, quotes, controls.
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }

    /**
     * The Content-Disposition header: an ASCII {@code filename} for old clients and the UTF-8
     * {@code filename*} of RFC 5987 / 6266 for the Chinese name.
     */
    String contentDisposition(String id) {
        String ascii = "report-" + id + (extension(downloadName).isEmpty() ? "" : "." + extension(downloadName));
        String encoded = URLEncoder.encode(downloadName, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
