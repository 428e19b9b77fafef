package gongkai.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exports a journalist opens: the CSV with Chinese labels, parsed back with commons-csv, and
 * the xlsx, read back with POI. Values are those printed in the sample reports: 丽水市统计局 2020
 * (lishui-tjj-2020.txt: 行政处罚 13 decisions, 81 procurement items for 197507.33 yuan) and 洛阳市统计局
 * 2020 (luoyang-tjj-2020.txt, whose 行政复议 cells are blank).
 */
class ExportApiTest {

    static final String LISHUI = "1ea55a7c04423662";
    static final String LUOYANG = "09f19f66a172bef1";
    /** 平潭综合实验区 2011: the old format, no standard tables. */
    static final String PINGTAN_2011 = "73b2370fdee0a4c3";

    @RegisterExtension
    static final TestServer server = TestServer.samples();

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The CSV's records, BOM taken off, the first record the header. */
    static List<CSVRecord> csv(String path) throws Exception {
        HttpResponse<byte[]> r = server.get(path);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        String text = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        try (CSVParser p = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }

    static Map<String, String> rowOf(List<CSVRecord> records, String idColumn, String id) {
        List<String> header = records.get(0).toList();
        for (CSVRecord r : records.subList(1, records.size())) {
            if (r.get(header.indexOf(idColumn)).equals(id)) {
                Map<String, String> m = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) m.put(header.get(i), r.get(i));
                return m;
            }
        }
        throw new AssertionError("no row for " + id);
    }

    @Test
    void csvWithChineseLabelsNamesEveryColumnInChinese() throws Exception {
        List<CSVRecord> records = csv("/api/export.csv?labels=zh");
        List<String> header = records.get(0).toList();
        assertEquals("编号", header.get(0));
        assertTrue(header.contains("机关"));
        assertTrue(header.contains("申请·本年新收政府信息公开申请数量·自然人"), header.toString());
        assertTrue(header.contains("行政处罚·处理决定数量"));
        assertFalse(header.contains("penalty.decisions"));
        assertEquals(header.size(), new java.util.HashSet<>(header).size(), "no two columns share a label");
        Map<String, String> lishui = rowOf(records, "编号", LISHUI);
        assertEquals("丽水市统计局", lishui.get("机关"));
        assertEquals("13", lishui.get("行政处罚·处理决定数量"));
        assertEquals("81", lishui.get("政府集中采购·采购项目数量"));
        assertEquals("197507.33", lishui.get("政府集中采购·采购总金额（元）"));
        assertEquals(server.reports.size(), records.size() - 1);
    }

    @Test
    void csvKeepsTheKeysForScripts() throws Exception {
        List<CSVRecord> records = csv("/api/export.csv?labels=keys");
        Map<String, String> lishui = rowOf(records, "id", LISHUI);
        assertEquals("13", lishui.get("penalty.decisions"));
        assertEquals(records.get(0).toList(), csv("/api/export.csv").get(0).toList(), "keys are the default of the API");
        assertEquals(400, server.get("/api/export.csv?labels=en").statusCode());
    }

    @Test
    void csvTellsAFigureNotReadFromOneTheTemplateLacks() throws Exception {
        List<CSVRecord> records = csv("/api/export.csv?labels=keys");
        Map<String, String> luoyang = rowOf(records, "id", LUOYANG);
        assertEquals("", luoyang.get("review.upheld"));
        assertTrue(List.of(luoyang.get("missing").split(" ")).contains("review.upheld"), luoyang.get("missing"));
        // rules.issued is a 2021-template figure: blank in a 2019 report, and not missing.
        assertEquals("2019", luoyang.get("template"));
        assertEquals("", luoyang.get("rules.issued"));
        assertFalse(luoyang.get("missing").contains("rules.issued"));
        Map<String, String> zh = rowOf(csv("/api/export.csv?labels=zh"), "编号", LUOYANG);
        assertTrue(zh.get("未读出的指标").contains("行政复议·结果维持"), zh.get("未读出的指标"));
    }

    @Test
    void xlsxHasAFrozenHeaderOfLabelsAndNumbersAsNumbers() throws Exception {
        HttpResponse<byte[]> r = server.get("/api/export.xlsx");
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(ApiController.XLSX_TYPE, r.headers().firstValue("content-type").orElse(""));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            for (var c : sheet.getRow(0)) header.add(c.getStringCellValue());
            assertEquals("编号", header.get(0));
            assertTrue(header.contains("申请·本年新收政府信息公开申请数量·自然人"));
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(server.reports.size(), sheet.getLastRowNum());

            Row lishui = row(sheet, LISHUI);
            var penalty = lishui.getCell(header.indexOf("行政处罚·处理决定数量"));
            assertEquals(CellType.NUMERIC, penalty.getCellType());
            assertEquals(13.0, penalty.getNumericCellValue());
            assertEquals(197507.33, lishui.getCell(header.indexOf("政府集中采购·采购总金额（元）")).getNumericCellValue());
            assertEquals("丽水市统计局", lishui.getCell(header.indexOf("机关")).getStringCellValue());

            Row luoyang = row(sheet, LUOYANG);
            assertEquals(IndexedColors.LIGHT_YELLOW.getIndex(), fill(luoyang, header.indexOf("行政复议·结果维持")), "not read");
            assertEquals(IndexedColors.GREY_25_PERCENT.getIndex(), fill(luoyang, header.indexOf("规章·本年制发件数")), "not in the 2019 template");
            Row old = row(sheet, PINGTAN_2011);
            assertEquals(IndexedColors.GREY_25_PERCENT.getIndex(), fill(old, header.indexOf("行政处罚·处理决定数量")), "no tables at all");
            assertTrue(book.getSheetName(1).startsWith("说明"), "a legend sheet");
        }
    }

    @Test
    void xlsxOfAFilterHasOnlyItsMatchesAndKeysOnRequest() throws Exception {
        HttpResponse<byte[]> r = server.get("/api/export.xlsx?labels=keys&q=" + enc("agency:丽水"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("id", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(1, sheet.getLastRowNum());
            assertEquals(LISHUI, sheet.getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void xlsxOfABadQueryIsA400() throws Exception {
        HttpResponse<byte[]> r = server.get("/api/export.xlsx?q=" + enc("\"人口"));
        assertEquals(400, r.statusCode());
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("\"position\""));
    }

    @Test
    void downloadNameSaysWhatTheExportHolds() throws Exception {
        String today = java.time.LocalDate.now().toString();
        String csv = server.get("/api/export.csv?q=" + enc("人口普查")).headers().firstValue("content-disposition").orElse("");
        assertTrue(csv.contains("filename*=UTF-8''" + enc("gongkai-人口普查-" + today + ".csv")), csv);
        String xlsx = server.get("/api/export.xlsx?q=" + enc("人口普查")).headers().firstValue("content-disposition").orElse("");
        assertTrue(xlsx.contains("filename*=UTF-8''" + enc("gongkai-人口普查-" + today + ".xlsx")), xlsx);
    }

    private static Row row(Sheet sheet, String id) {
        for (Row r : sheet) if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals(id)) return r;
        throw new AssertionError("no row for " + id);
    }

    private static short fill(Row row, int column) {
        var c = row.getCell(column);
        assertTrue(c != null && c.getCellType() == CellType.BLANK, "a blank cell at " + column);
        return c.getCellStyle().getFillForegroundColor();
    }
}
