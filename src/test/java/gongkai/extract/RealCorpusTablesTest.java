package gongkai.extract;

import gongkai.report.Check;
import gongkai.report.FigureCatalog;
import gongkai.report.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static gongkai.extract.Expected.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real reports under samples/real, read as far as their text allows. Every expected value
 * was read by hand from the report's text (or, for the PDFs and the saved web page, from the
 * fixture made of it); figures the text leaves ambiguous must be missing, with a warning.
 */
class RealCorpusTablesTest {

    private final TableReader reader = new TableReader(FigureCatalog.standard());

    private TableResult real(String name) {
        return reader.read(Expected.read("samples/real/" + name));
    }

    private TableResult fixture(String name) {
        return reader.read(Expected.read("src/test/resources/fixtures/" + name));
    }

    static void assertAll(Expected expected, TableResult r) {
        assertEquals(new TreeMap<>(plain(expected.figures())), new TreeMap<>(plain(r.figures())));
    }

    /** Only the expected figures are checked; others may be read or missing. */
    private static void assertSome(Expected expected, TableResult r) {
        Map<String, String> actual = plain(r.figures());
        plain(expected.figures()).forEach((k, v) -> assertEquals(v, actual.get(k), k));
    }

    private static void assertMissingWithWarning(TableResult r, String key, String warningPart) {
        assertTrue(r.missing().contains(key), key + " should be missing");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains(warningPart)), "a warning mentioning " + warningPart);
    }

    private static Check check(TableResult r, String rule) {
        return r.checks().stream().filter(c -> c.rule().equals(rule)).findFirst().orElseThrow();
    }

    // ---- 平潭: crawled text, cells glued into digit runs --------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"平潭县人民政府_2011.txt", "平潭县人民政府_2012.txt", "平潭县人民政府_2013.txt",
            "平潭综合实验区_2011.txt", "平潭综合实验区_2012.txt", "平潭综合实验区_2013.txt",
            "平潭综合实验区地方税务局_2013.txt", "平潭综合实验区管委会_2014.txt", "平潭综合实验区_2015.txt",
            "平潭综合实验区_2016.txt", "平潭综合实验区_2017.txt", "平潭综合实验区_2018.txt"})
    void reportsBefore2019HaveNoTemplateAndNoFigures(String name) {
        TableResult r = real(name);
        assertNull(r.template());
        assertTrue(r.figures().isEmpty());
        assertTrue(r.missing().isEmpty());
        assertTrue(r.checks().isEmpty());
    }

    @Test
    void pingtan2023SplitsEveryGluedRowOfTables3And4() {
        Expected e = Expected.of(Template.T2021).zeroRequestsAndAppeals()
                .row("rules", DOCS_2021, 0, 0, 0)
                .row("license", ITEMS_2021, 2629)
                .row("penalty", ITEMS_2021, 1330)
                .row("coercion", ITEMS_2021, 54)
                .put("fees.amount_wan", new BigDecimal("5949.088667"))
                .apply("new", 80, 1, 0, 0, 0, 0, 81)
                .apply("granted", 22, 0, 0, 0, 0, 0, 22)
                .apply("partial", 19, 1, 0, 0, 0, 0, 20)
                .apply("denied.third_party", 1, 0, 0, 0, 0, 0, 1)
                .apply("denied.process", 1, 0, 0, 0, 0, 0, 1)
                .apply("denied.enforcement", 1, 0, 0, 0, 0, 0, 1)
                .apply("denied.query", 2, 0, 0, 0, 0, 0, 2)
                .apply("unable.no_info", 31, 0, 0, 0, 0, 0, 31)
                .apply("rejected.repeat", 1, 0, 0, 0, 0, 0, 1)
                .apply("other.no_correction", 1, 0, 0, 0, 0, 0, 1)
                .apply("other.other", 1, 0, 0, 0, 0, 0, 1)
                .apply("total", 80, 1, 0, 0, 0, 0, 81)
                .appeal("review", 1, 1, 0, 0, 2)
                .appeal("suit_direct", 4, 0, 0, 1, 5)
                .appeal("suit_after_review", 1, 0, 1, 0, 2);
        assertAll(e, real("平潭综合实验区_2023.txt"));
    }

    @Test
    void pingtanLeavesAGluedRowWithoutTotalsMissing() {
        // 行政规范性文件77132470: three cells and no rule to tell 7|7|132470 from 77|13|2470
        TableResult r = real("平潭综合实验区_2023.txt");
        assertMissingWithWarning(r, "normative.issued", "77132470");
        assertTrue(r.missing().containsAll(List.of("normative.repealed", "normative.in_force")));
    }

    @Test
    void pingtan2021SplitsRowsTheirOwnTotalsLeaveOpenByTheColumnTotals() {
        // 270020130 is 27|0|0|2|0|1|30 or 2|7|0|0|20|1|30; only the first fits the column totals
        Expected e = Expected.of(Template.T2021).zeroRequestsAndAppeals()
                .row("rules", DOCS_2021, 0, 0, 0)
                .row("license", ITEMS_2021, 2293)
                .row("penalty", ITEMS_2021, 1282)
                .row("coercion", ITEMS_2021, 42)
                .put("fees.amount_wan", new BigDecimal("24252.311082"))
                .apply("new", 64, 0, 0, 2, 0, 4, 70)
                .apply("granted", 27, 0, 0, 2, 0, 1, 30)
                .apply("partial", 5, 0, 0, 0, 0, 0, 5)
                .apply("denied.internal", 1, 0, 0, 0, 0, 0, 1)
                .apply("denied.enforcement", 6, 0, 0, 0, 0, 0, 6)
                .apply("denied.query", 1, 0, 0, 0, 0, 0, 1)
                .apply("unable.no_info", 22, 0, 0, 0, 0, 3, 25)
                .apply("other.other", 1, 0, 0, 0, 0, 0, 1)
                .apply("total", 63, 0, 0, 2, 0, 4, 69)
                .apply("carried_out", 1, 0, 0, 0, 0, 0, 1)
                .appeal("review", 1, 0, 2, 0, 3)
                .appeal("suit_direct", 12, 0, 0, 0, 12);
        TableResult r = real("平潭综合实验区_2021.txt");
        assertAll(e, r);
        assertTrue(r.checks().stream().allMatch(Check::ok));
    }

    @Test
    void pingtan2024ReadsItsGluedTablesWhereTheNextRowsNumberFollowsTheCells() {
        // 属于三类内部事务信息3200000326.属于四类过程性信息: the 6. belongs to the next label
        Expected e = Expected.of(Template.T2021).zeroRequestsAndAppeals()
                .row("rules", DOCS_2021, 0, 0, 0)
                .row("license", ITEMS_2021, 4529)
                .row("penalty", ITEMS_2021, 1100)
                .row("coercion", ITEMS_2021, 65)
                .put("fees.amount_wan", new BigDecimal("18651.06"))
                .apply("new", 217, 1, 0, 0, 0, 0, 218)
                .apply("granted", 71, 0, 0, 0, 0, 0, 71)
                .apply("partial", 29, 0, 0, 0, 0, 0, 29)
                .apply("denied.secret", 4, 0, 0, 0, 0, 0, 4)
                .apply("denied.third_party", 3, 0, 0, 0, 0, 0, 3)
                .apply("denied.internal", 32, 0, 0, 0, 0, 0, 32)
                .apply("unable.no_info", 75, 0, 0, 0, 0, 0, 75)
                .apply("rejected.repeat", 1, 0, 0, 0, 0, 0, 1)
                .apply("other.no_correction", 1, 0, 0, 0, 0, 0, 1)
                .apply("other.other", 1, 1, 0, 0, 0, 0, 2)
                .apply("total", 217, 1, 0, 0, 0, 0, 218)
                .appeal("review", 2, 1, 3, 1, 7)
                .appeal("suit_after_review", 13, 2, 4, 0, 19);
        assertAll(e, real("平潭综合实验区_2024.txt"));
    }

    @Test
    void pingtan2022ReadsSpaceSeparatedAppeals() {
        Expected e = Expected.of(Template.T2021).zeroRequestsAndAppeals()
                .row("rules", DOCS_2021, 0, 0, 0)
                .row("license", ITEMS_2021, 10690)
                .row("penalty", ITEMS_2021, 2113)
                .row("coercion", ITEMS_2021, 0)
                .put("fees.amount_wan", new BigDecimal("9116.36"))
                .apply("new", 71, 3, 0, 0, 0, 0, 74)
                .apply("carried_in", 1, 0, 0, 0, 0, 0, 1)
                .apply("granted", 21, 0, 0, 0, 0, 0, 21)
                .apply("partial", 8, 1, 0, 0, 0, 0, 9)
                .apply("denied.internal", 1, 0, 0, 0, 0, 0, 1)
                .apply("denied.process", 2, 0, 0, 0, 0, 0, 2)
                .apply("denied.enforcement", 1, 0, 0, 0, 0, 0, 1)
                .apply("unable.no_info", 37, 0, 0, 0, 0, 0, 37)
                .apply("other.no_correction", 2, 0, 0, 0, 0, 0, 2)
                .apply("other.other", 0, 2, 0, 0, 0, 0, 2)
                .apply("total", 72, 3, 0, 0, 0, 0, 75)
                .appeal("review", 0, 1, 1, 0, 2)
                .appeal("suit_direct", 1, 0, 0, 0, 1);
        assertAll(e, real("平潭综合实验区_2022.txt"));
    }

    @Test
    void pingtan2019ReadsTheGluedTable3AndLeavesAmbiguousTable2RowsMissing() {
        TableResult r = real("平潭综合实验区_2019.txt");
        assertEquals(Template.T2019, r.template());
        Expected e = Expected.of(Template.T2019).zeroRequestsAndAppeals()
                .row("rules", DOCS_2019, 0, 0, 0)
                .apply("new", 23, 0, 0, 0, 0, 0, 23)
                .apply("granted", 7, 0, 0, 0, 0, 0, 7)
                .apply("partial", 1, 0, 0, 0, 0, 0, 1)
                .apply("unable.no_info", 7, 0, 0, 0, 0, 0, 7)
                .apply("unable.unclear", 5, 0, 0, 0, 0, 0, 5)
                .apply("rejected.repeat", 3, 0, 0, 0, 0, 0, 3)
                .apply("total", 23, 0, 0, 0, 0, 0, 23);
        assertAll(e, r);
        // 行政事业性收费350 is 3|50 or 35|0; 13575394432.52元 has no single split either
        assertMissingWithWarning(r, "fees.prev_items", "350");
        assertMissingWithWarning(r, "procurement.amount_yuan", "13575394432.52");
    }

    @Test
    void pingtan2020KeepsANegativeChangeAndReportsItsFailedResultsCheck() {
        TableResult r = real("平潭综合实验区_2020.txt");
        assertSome(Expected.of(Template.T2019)
                .row("rules", DOCS_2019, 0, 0, 7)
                .row("fees", FEES_2019, 35, -15)
                .apply("new", 20, 0, 0, 0, 0, 1, 21)
                .apply("granted", 6, 0, 0, 0, 0, 1, 7)
                .apply("other", 4, 0, 0, 0, 0, 0, 4)
                .apply("total", 20, 0, 0, 0, 0, 1, 21), r);
        // the printed result rows add up to 26 people, the printed total says 20
        Check c = check(r, "apply.results.person");
        assertFalse(c.ok());
        assertEquals(0, c.left().compareTo(BigDecimal.valueOf(20)));
        assertEquals(0, c.right().compareTo(BigDecimal.valueOf(26)));
    }

    // ---- 淮安: PDFs through pdftotext -layout ------------------------------------------

    @Test
    void hongze2023ReportsItsReviewTotalAsPrintedAndTheFailedCheck() {
        TableResult r = fixture("淮安市洪泽区人民政府_2023.layout.txt");
        assertEquals(0, r.figures().get("review.upheld").compareTo(BigDecimal.TEN));
        assertEquals(0, r.figures().get("review.corrected").compareTo(BigDecimal.ONE));
        assertEquals(0, r.figures().get("review.total").signum());
        Check c = check(r, "review.total");
        assertFalse(c.ok());
        assertEquals(0, c.left().signum());
        assertEquals(0, c.right().compareTo(BigDecimal.valueOf(11)));
        assertTrue(r.inferred().isEmpty());
    }

    @Test
    void hongze2023ReadsEveryFigureItPrints() {
        Expected e = Expected.of(Template.T2021).zeroRequestsAndAppeals()
                .row("rules", DOCS_2021, 0, 0, 0)
                .row("normative", DOCS_2021, 0, 5, 5)
                .row("license", ITEMS_2021, 550)
                .row("penalty", ITEMS_2021, 4119)
                .row("coercion", ITEMS_2021, 195)
                .put("fees.amount_wan", new BigDecimal("7730.28"))
                .apply("new", 21, 0, 0, 0, 0, 0, 21)
                .apply("partial", 4, 0, 0, 0, 0, 0, 4)
                .apply("denied.secret", 1, 0, 0, 0, 0, 0, 1)
                .apply("denied.process", 1, 0, 0, 0, 0, 0, 1)
                .apply("denied.enforcement", 1, 0, 0, 0, 0, 0, 1)
                .apply("unable.no_info", 10, 0, 0, 0, 0, 0, 10)
                .apply("unable.need_create", 3, 0, 0, 0, 0, 0, 3)
                .apply("rejected.petition", 1, 0, 0, 0, 0, 0, 1)
                .apply("total", 21, 0, 0, 0, 0, 0, 21)
                .appeal("review", 10, 1, 0, 0, 0)
                .appeal("suit_after_review", 5, 0, 0, 0, 0);
        // it prints the 2019 template's single （六）其他处理 row inside a 2021 table
        for (String row : FigureCatalog.APPLY_OTHER_ROWS_2021) {
            for (String c : FigureCatalog.APPLY_COLUMNS) e.remove("apply." + row + "." + c);
        }
        assertAll(e, fixture("淮安市洪泽区人民政府_2023.layout.txt"));
    }

    @Test
    void hongze2023WarnsThatItPrintsTheOldSingleOtherRow() {
        TableResult r = fixture("淮安市洪泽区人民政府_2023.layout.txt");
        assertTrue(r.missing().contains("apply.other.other.total"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("（六）其他处理") && w.contains("2019 template")));
    }

    @Test
    void hongze2024ReadsEveryFigureItPrints() {
        Expected e = Expected.of(Template.T2021).zeroRequestsAndAppeals()
                .row("rules", DOCS_2021, 0, 0, 0)
                .row("normative", DOCS_2021, 3, 0, 8)
                .row("license", ITEMS_2021, 9487)
                .row("penalty", ITEMS_2021, 2776)
                .row("coercion", ITEMS_2021, 84)
                .put("fees.amount_wan", 7545)
                .apply("new", 95, 0, 0, 0, 0, 0, 95)
                .apply("granted", 50, 0, 0, 0, 0, 0, 50)
                .apply("partial", 9, 0, 0, 0, 0, 0, 9)
                .apply("denied.safety", 1, 0, 0, 0, 0, 0, 1)
                .apply("denied.process", 1, 0, 0, 0, 0, 0, 1)
                .apply("denied.enforcement", 1, 0, 0, 0, 0, 0, 1)
                .apply("unable.no_info", 31, 0, 0, 0, 0, 0, 31)
                .apply("unable.need_create", 1, 0, 0, 0, 0, 0, 1)
                .apply("rejected.petition", 1, 0, 0, 0, 0, 0, 1)
                .apply("total", 95, 0, 0, 0, 0, 0, 95)
                .appeal("review", 1, 1, 0, 0, 2)
                .appeal("suit_direct", 1, 0, 0, 0, 1)
                .appeal("suit_after_review", 2, 0, 1, 0, 3);
        for (String row : FigureCatalog.APPLY_OTHER_ROWS_2021) {
            for (String c : FigureCatalog.APPLY_COLUMNS) e.remove("apply." + row + "." + c);
        }
        assertAll(e, fixture("淮安市洪泽区人民政府_2024.layout.txt"));
    }

    @Test
    void huaian2024ReadsRowsWhoseLabelsWrapAroundTheirCells() {
        TableResult r = fixture("淮安市人民政府_2024.layout.txt");
        assertAll(huaian2024(), r);
        assertTrue(r.checks().stream().allMatch(Check::ok));
    }

    /** 淮安市人民政府_2024.pdf, every figure as printed. */
    static Expected huaian2024() {
        return Expected.of(Template.T2021)
                .row("rules", DOCS_2021, 1, 0, 11)
                .row("normative", DOCS_2021, 8, 26, 66)
                .row("license", ITEMS_2021, 447228)
                .row("penalty", ITEMS_2021, 3985758)
                .row("coercion", ITEMS_2021, 88283)
                .put("fees.amount_wan", new BigDecimal("96171.6"))
                .apply("new", 3001, 53, 0, 0, 61, 4, 3119)
                .apply("carried_in", 34, 0, 0, 0, 0, 0, 34)
                .apply("granted", 1288, 21, 0, 0, 50, 3, 1362)
                .apply("partial", 447, 7, 0, 0, 0, 0, 454)
                .apply("denied.secret", 2, 0, 0, 0, 0, 0, 2)
                .apply("denied.law", 30, 1, 0, 0, 0, 0, 31)
                .apply("denied.safety", 5, 0, 0, 0, 0, 0, 5)
                .apply("denied.third_party", 6, 0, 0, 0, 0, 0, 6)
                .apply("denied.internal", 7, 1, 0, 0, 0, 0, 8)
                .apply("denied.process", 12, 0, 0, 0, 0, 0, 12)
                .apply("denied.enforcement", 9, 0, 0, 0, 0, 0, 9)
                .apply("denied.query", 105, 0, 0, 0, 0, 0, 105)
                .apply("unable.no_info", 746, 12, 0, 0, 10, 1, 769)
                .apply("unable.need_create", 11, 0, 0, 0, 0, 0, 11)
                .apply("unable.unclear", 1, 0, 0, 0, 0, 0, 1)
                .apply("rejected.petition", 56, 6, 0, 0, 0, 0, 62)
                .apply("rejected.repeat", 25, 0, 0, 0, 0, 0, 25)
                .apply("rejected.publication", 0, 0, 0, 0, 0, 0, 0)
                .apply("rejected.mass", 0, 0, 0, 0, 0, 0, 0)
                .apply("rejected.confirm", 1, 0, 0, 0, 0, 0, 1)
                .apply("other.no_correction", 67, 3, 0, 0, 1, 0, 71)
                .apply("other.no_fee", 6, 0, 0, 0, 0, 0, 6)
                .apply("other.other", 108, 2, 0, 0, 0, 0, 110)
                .apply("total", 2932, 53, 0, 0, 61, 4, 3050)
                .apply("carried_out", 103, 0, 0, 0, 0, 0, 103)
                .appeal("review", 72, 64, 178, 37, 351)
                .appeal("suit_direct", 13, 4, 8, 1, 26)
                .appeal("suit_after_review", 12, 1, 1, 6, 20);
    }

    // ---- 沭阳: OCR markdown, table 3 restructured into one small table per group ----------

    @Test
    void shuyangReadsItsRestructuredTables() {
        Expected e = Expected.of(Template.T2021)
                .row("rules", DOCS_2021, 0, 0, 0)
                .row("normative", DOCS_2021, 6, 1, 32)
                .row("license", ITEMS_2021, 517645)
                .row("penalty", ITEMS_2021, 693957)
                .row("coercion", ITEMS_2021, 2154)
                .put("fees.amount_wan", new BigDecimal("4068.208"))
                .apply("new", 705, 3, 0, 0, 5, 0, 713)
                .apply("carried_in", 36, 0, 0, 0, 0, 0, 36)
                .apply("granted", 290, 1, 0, 0, 3, 0, 294)
                .apply("partial", 99, 0, 0, 0, 2, 0, 101)
                .apply("denied.secret", 0, 0, 0, 0, 0, 0, 0)
                .apply("denied.law", 0, 0, 0, 0, 0, 0, 0)
                .apply("denied.safety", 2, 0, 0, 0, 0, 0, 2)
                .apply("denied.third_party", 2, 0, 0, 0, 0, 0, 2)
                .apply("denied.internal", 13, 0, 0, 0, 0, 0, 13)
                .apply("denied.process", 2, 0, 0, 0, 0, 0, 2)
                .apply("denied.enforcement", 4, 0, 0, 0, 0, 0, 4)
                .apply("denied.query", 9, 0, 0, 0, 0, 0, 9)
                .apply("unable.no_info", 111, 0, 0, 0, 0, 0, 111)
                .apply("unable.need_create", 2, 0, 0, 0, 0, 0, 2)
                .apply("unable.unclear", 0, 0, 0, 0, 0, 0, 0)
                .apply("rejected.petition", 12, 0, 0, 0, 0, 0, 12)
                .apply("rejected.repeat", 6, 1, 0, 0, 0, 0, 7)
                .apply("rejected.publication", 0, 0, 0, 0, 0, 0, 0)
                .apply("rejected.mass", 0, 0, 0, 0, 0, 0, 0)
                .apply("rejected.confirm", 0, 0, 0, 0, 0, 0, 0)
                .apply("other.no_correction", 9, 0, 0, 0, 0, 0, 9)
                .apply("other.no_fee", 7, 0, 0, 0, 0, 0, 7)
                .apply("other.other", 142, 1, 0, 0, 0, 0, 143)
                .apply("total", 710, 3, 0, 0, 5, 0, 718)
                .apply("carried_out", 31, 0, 0, 0, 0, 0, 31)
                .appeal("review", 27, 10, 9, 15, 61)
                .appeal("suit_direct", 3, 0, 0, 0, 3)
                .appeal("suit_after_review", 8, 0, 1, 1, 10);
        assertAll(e, real("沭阳县人民政府_2025.txt"));
    }

    // ---- 上海: markdown fragments from PDF, and a saved web page -------------------------

    @Test
    void shanghai2025ReadsTheRowsThatKeepTheirLabelAndCellsTogether() {
        TableResult r = real("上海市人民政府办公厅_2025.md");
        assertSome(Expected.of(Template.T2021)
                .row("license", ITEMS_2021, 0)
                .row("penalty", ITEMS_2021, 0)
                .row("coercion", ITEMS_2021, 0)
                .put("fees.amount_wan", 0)
                .apply("new", 1259, 36, 0, 0, 0, 0, 1295)
                .apply("carried_in", 170, 15, 0, 0, 4, 0, 189)
                .apply("granted", 201, 5, 0, 0, 0, 0, 206)
                .apply("denied.secret", 4, 0, 0, 0, 0, 0, 4)
                .apply("denied.internal", 8, 0, 0, 0, 1, 0, 9)
                .apply("unable.no_info", 484, 28, 0, 0, 1, 0, 513)
                .apply("rejected.petition", 61, 1, 0, 0, 0, 0, 62)
                .apply("other.other", 264, 12, 0, 0, 0, 0, 276)
                .apply("total", 1139, 48, 0, 0, 4, 0, 1191)
                .apply("carried_out", 290, 3, 0, 0, 0, 0, 293)
                .appeal("review", 40, 0, 10, 5, 55)
                .appeal("suit_direct", 2, 0, 4, 6, 12)
                .appeal("suit_after_review", 6, 0, 9, 7, 22), r);
    }

    @Test
    void shanghai2025LeavesRowsSplitFromTheirCellsMissing() {
        TableResult r = real("上海市人民政府办公厅_2025.md");
        // | 规章 | 22 | 235 |: two cells for three columns
        assertMissingWithWarning(r, "rules.issued", "rules.issued");
        assertTrue(r.missing().containsAll(List.of("rules.repealed", "rules.in_force")));
        // （二）部分公开 printed on its own lines, its cells in a markdown row below
        assertMissingWithWarning(r, "apply.partial.person", "apply.partial.person");
        assertTrue(r.missing().contains("apply.rejected.confirm.total"));
        assertTrue(r.missing().contains("apply.other.no_correction.total"));
    }

    @Test
    void shanghaiScienceCommission2024ReadsItsMarkdownRows() {
        TableResult r = real("上海市科学技术委员会_2024.md");
        assertSome(Expected.of(Template.T2021)
                .row("rules", DOCS_2021, 0, 0, 0)
                .row("normative", DOCS_2021, 13, 0, 55)
                .row("license", ITEMS_2021, 97)
                .row("penalty", ITEMS_2021, 0)
                .row("coercion", ITEMS_2021, 0)
                .put("fees.amount_wan", 0)
                .apply("new", 32, 2, 0, 0, 0, 0, 34)
                .apply("carried_in", 2, 0, 0, 0, 0, 0, 2)
                .apply("granted", 9, 0, 0, 0, 0, 0, 9)
                .apply("other.other", 4, 0, 0, 0, 0, 0, 4)
                .apply("total", 33, 2, 0, 0, 0, 0, 35)
                .apply("carried_out", 1, 0, 0, 0, 0, 0)
                .appeal("review", 1, 0, 0, 0, 1)
                .appeal("suit_direct", 0, 0, 0, 0, 0)
                .appeal("suit_after_review", 0, 0, 0, 0, 0), r);
        // | 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 |  |: its total cell is empty
        assertTrue(r.missing().contains("apply.carried_out.total"));
        assertTrue(r.missing().contains("apply.partial.total"));
    }

    @Test
    void shanghai2019WebPageReadsBlanksByColumnAndFillsThoseForcedToZero() {
        TableResult r = fixture("上海市人民政府办公厅_2019.tsv.txt");
        assertEquals(Template.T2019, r.template());
        assertSome(Expected.of(Template.T2019)
                .row("rules", DOCS_2019, 13, 13, 524)
                .row("normative", DOCS_2019, 60, 60, 368)
                .row("license", ITEMS_2019, 0, 0, 0)
                .row("procurement", PROCUREMENT, 6, 251000)
                .apply("new", 821, 35, 0, 0, 2, 1, 859)
                .apply("carried_in", 18, 0, 0, 0, 0, 0, 18)
                .apply("granted", 258, 12, 0, 0, 1, 1)
                .apply("partial", 3, 0, 0, 0, 0, 0)
                .apply("denied.secret", 14, 0, 0, 0, 0, 0)
                .apply("unable.no_info", 252, 12, 0, 0, 1, 0)
                .apply("rejected.petition", 148, 1, 0, 0, 0, 0)
                .apply("total", 767, 35, 0, 0, 2, 1, 805)
                .apply("carried_out", 72, 0, 0, 0, 0, 0, 72)
                .appeal("review", 5, 0, 0, 2, 7)
                .appeal("suit_direct", 8, 0, 0, 1, 9), r);
        // new.research is blank on the page; 821+35+2+1 = 859 forces it and ngo to 0
        assertTrue(r.inferred().containsAll(List.of("apply.new.research", "apply.new.ngo")));
        // granted.total is blank too, but 272 is not a value a rule may fill: it stays missing
        assertTrue(r.missing().contains("apply.granted.total"));
        assertFalse(r.inferred().contains("apply.granted.total"));
    }
}
