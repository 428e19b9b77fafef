package gongkai.web;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes reports as CSV rows: the metadata, then every figure of the catalog, one column
 * each, in catalog order. A missing figure is an empty cell, never 0. Quoting follows
 * RFC 4180; text cells that a spreadsheet would run as a formula get a leading apostrophe.
 */
final class CsvExport {

    static final List<String> METADATA_COLUMNS = List.of(
            "id", "agency", "year", "region", "region_code", "province", "level", "doc_no",
            "published", "template", "check", "failed_checks", "source");

    private final List<String> figureKeys;

    CsvExport(FigureCatalog catalog) {
        this.figureKeys = catalog.all().stream().map(FigureKey::key).toList();
    }

    /** The header row: metadata column names, then every figure key. */
    List<String> header() {
        List<String> h = new ArrayList<>(METADATA_COLUMNS);
        h.addAll(figureKeys);
        return h;
    }

    void writeHeader(Writer out) {
        writeRow(out, header());
    }

    /** One report's row, from its stored JSON. */
    void writeReport(Writer out, JsonNode r) {
        List<String> cells = new ArrayList<>(header().size());
        for (String col : METADATA_COLUMNS) {
            switch (col) {
                case "check" -> cells.add(checkStatus(r));
                case "failed_checks" -> cells.add(String.join(" ", failedRules(r)));
                default -> cells.add(textCell(r.path(col)));
            }
        }
        JsonNode figures = r.path("figures");
        for (String key : figureKeys) {
            JsonNode v = figures.get(key);
            cells.add(v == null || !v.isNumber() ? "" : v.decimalValue().toPlainString());
        }
        writeRow(out, cells);
    }

    private static String checkStatus(JsonNode r) {
        JsonNode checks = r.path("checks");
        if (!checks.isArray() || checks.isEmpty()) return "none";
        return failedRules(r).isEmpty() ? "ok" : "failed";
    }

    private static List<String> failedRules(JsonNode r) {
        List<String> rules = new ArrayList<>();
        for (JsonNode c : r.path("checks")) if (!c.path("ok").asBoolean(true)) rules.add(c.path("rule").asText());
        return rules;
    }

    /** A metadata cell; text a spreadsheet would read as a formula is defused with a leading apostrophe. */
    private static String textCell(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return "";
        if (v.isNumber()) return v.asText();
        String s = v.asText();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) return "'" + s;
        return s;
    }

    private static void writeRow(Writer out, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) out.write(',');
                out.write(quote(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0
                || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
