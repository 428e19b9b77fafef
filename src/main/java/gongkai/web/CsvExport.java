package gongkai.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import gongkai.web.ExportTable.Cell;
import gongkai.web.ExportTable.Labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes reports as CSV rows of the {@link ExportTable}: the metadata, then every figure of the
 * catalog, one column each, in catalog order. A figure not read and a figure the template lacks
 * are both empty cells, never 0; the {@code missing} column names the first kind. Quoting follows
 * RFC 4180 (commons-csv); text cells that a spreadsheet would run as a formula get a leading
 * apostrophe, figures never (a negative change stays a number).
 */
final class CsvExport {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final ExportTable table;

    CsvExport(ExportTable table) {
        this.table = table;
    }

    void writeHeader(Writer out, Labels labels) {
        writeRow(out, table.header(labels));
    }

    /** One report's row, from its stored JSON. */
    void writeReport(Writer out, JsonNode r, Labels labels) {
        List<Cell> cells = table.row(r, labels);
        List<String> text = new ArrayList<>(cells.size());
        for (Cell c : cells) text.add(c.kind() == ExportTable.Kind.TEXT ? defused(c.text()) : c.text());
        writeRow(out, text);
    }

    /** Text a spreadsheet would read as a formula is defused with a leading apostrophe. */
    private static String defused(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) return "'" + s;
        return s;
    }

    private static void writeRow(Writer out, List<String> cells) {
        try {
            FORMAT.printRecord(out, cells.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
