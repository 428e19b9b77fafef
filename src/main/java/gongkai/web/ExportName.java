package gongkai.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The download name of an export, which says what it holds: {@code gongkai-人口普查-2026-12-03.csv}
 * — the query's words (field syntax and characters a file name cannot hold become {@code _}), then
 * the day of the export. Sent as RFC 6266 {@code Content-Disposition} with an ASCII {@code filename}
 * for old clients and the real name as RFC 5987 {@code filename*}.
 */
record ExportName(String query, LocalDate day, String extension) {

    /** Code points of the query kept in the name: enough to recognise it, short enough for a file system. */
    static final int MAX_QUERY_CHARS = 40;

    String fileName() {
        String words = words(query);
        return "gongkai-" + (words.isEmpty() ? "" : words + "-") + day + "." + extension;
    }

    /** The name in ASCII alone: the query's ASCII words, or {@code export} when it has none. */
    String asciiName() {
        String words = words(query).replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_+", "_").replaceAll("^_|_$", "");
        return "gongkai-" + (words.isEmpty() ? "export" : words) + "-" + day + "." + extension;
    }

    String contentDisposition() {
        String encoded = URLEncoder.encode(fileName(), StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + asciiName() + "\"; filename*=UTF-8''" + encoded;
    }

    private static String words(String query) {
        if (query == null) return "";
        StringBuilder b = new StringBuilder();
        query.codePoints().forEach(c -> b.appendCodePoint(Character.isLetterOrDigit(c) || c == '.' || c == '-' ? c : '_'));
        String s = b.toString().replaceAll("_+", "_").replaceAll("^[_.-]+|[_.-]+$", "");
        int end = s.offsetByCodePoints(0, Math.min(MAX_QUERY_CHARS, s.codePointCount(0, s.length())));
        return s.substring(0, end).replaceAll("[_.-]+$", "");
    }
}
