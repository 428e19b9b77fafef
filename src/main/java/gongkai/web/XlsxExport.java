package gongkai.web;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.web.ExportTable.Cell;
import gongkai.web.ExportTable.Labels;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The {@link ExportTable} as an Excel workbook, through POI's streaming SXSSF: only a window of
 * rows is in memory, the rest in compressed temporary files until the workbook is written. The
 * header is frozen, figures are numeric cells, and the two blanks look different: a figure the
 * template does not have is a grey cell, a figure not read a yellow one (and named in the
 * {@code missing} column). A second sheet, 说明, says so.
 *
 * <p>Not thread-safe: one instance per response.
 */
final class XlsxExport implements AutoCloseable {

    /** Excel's own limit, less the header row. */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final ExportTable table;
    private final Labels labels;
    private final SXSSFWorkbook book = new SXSSFWorkbook(100);
    private final SXSSFSheet sheet;
    private final CellStyle notInTemplate;
    private final CellStyle notRead;
    private int next = 1;

    XlsxExport(ExportTable table, Labels labels) {
        this.table = table;
        this.labels = labels;
        book.setCompressTempFiles(true);
        sheet = book.createSheet("报告 reports");
        notInTemplate = fill(IndexedColors.GREY_25_PERCENT);
        notRead = fill(IndexedColors.LIGHT_YELLOW);
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(0);
        List<String> names = table.header(labels);
        for (int i = 0; i < names.size(); i++) {
            var c = header.createCell(i);
            c.setCellValue(names.get(i));
            c.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private CellStyle fill(IndexedColors color) {
        CellStyle s = book.createCellStyle();
        s.setFillForegroundColor(color.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    /** Adds one report's row; refuses past Excel's row limit (the caller checks the count first). */
    void add(JsonNode report) {
        if (next > MAX_ROWS) throw new IllegalStateException("more rows than an xlsx sheet holds: " + MAX_ROWS);
        Row row = sheet.createRow(next++);
        List<Cell> cells = table.row(report, labels);
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            switch (c.kind()) {
                case TEXT -> row.createCell(i).setCellValue(c.text());
                case NUMBER -> row.createCell(i).setCellValue(c.number().doubleValue());
                case NOT_IN_TEMPLATE -> row.createCell(i).setCellStyle(notInTemplate);
                case NOT_READ -> row.createCell(i).setCellStyle(notRead);
                case EMPTY -> { }
            }
        }
    }

    /** Writes the workbook, with its legend sheet, to {@code out}. */
    void write(OutputStream out) throws IOException {
        Sheet legend = book.createSheet("说明 legend");
        String[][] lines = {
                {"黄色空白", "模板有此项，但未读出（见“未读出的指标”列） · in the template, not read (listed in the missing column)"},
                {"灰色空白", "该报告的表格模板没有此项（或报告没有标准表格） · not in this report's template (or no standard tables)"},
                {"白色空白", "比率或雷同度无法计算，或元数据为空 · a rate or copy measure that could not be computed, or empty metadata"},
                {"数字", "按报告所印读出；从不以 0 代替空白 · as printed; a blank is never written as 0"}};
        for (int i = 0; i < lines.length; i++) {
            Row r = legend.createRow(i);
            r.createCell(0).setCellValue(lines[i][0]);
            r.createCell(1).setCellValue(lines[i][1]);
        }
        legend.getRow(0).getCell(0).setCellStyle(notRead);
        legend.getRow(1).getCell(0).setCellStyle(notInTemplate);
        book.write(out);
    }

    @Override
    public void close() throws IOException {
        book.dispose(); // the temporary files
        book.close();
    }
}
