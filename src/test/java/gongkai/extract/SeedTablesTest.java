package gongkai.extract;

import gongkai.report.FigureCatalog;
import gongkai.report.Template;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeMap;

import static gongkai.extract.Expected.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every figure of the five seed reports, as read by hand from each report. */
class SeedTablesTest {

    private final TableReader reader = new TableReader(FigureCatalog.standard());

    private TableResult read(String seed) {
        return reader.read(Expected.read("samples/seeds/" + seed));
    }

    private static void assertFigures(Expected expected, TableResult actual) {
        assertEquals(new TreeMap<>(plain(expected.figures())), new TreeMap<>(plain(actual.figures())));
    }

    @Test
    void luoyangReadsEveryFigure() {
        Expected e = Expected.of(Template.T2019).zeroRequestsAndAppeals()
                .row("rules", DOCS_2019, 0, 0, 0)
                .row("normative", DOCS_2019, 0, 0, 0)
                .row("license", ITEMS_2019, 0, 0, 0)
                .row("other_services", ITEMS_2019, 0, 4, 0)
                .row("penalty", ITEMS_2019, 0, 8, 0)
                .row("coercion", ITEMS_2019, 0, 1, 0)
                .row("fees", FEES_2019, 0, 0)
                .row("procurement", PROCUREMENT, 1, 618000) // 61.8 万元
                .apply("new", 7, 0, 0, 0, 0, 0, 7)
                .apply("partial", 5, 0, 0, 0, 0, 0, 5)
                .apply("unable.no_info", 2, 0, 0, 0, 0, 0, 2)
                .apply("total", 7, 0, 0, 0, 0, 0, 7);
        for (String s : FigureCatalog.APPEAL_SUFFIXES) e.remove("review." + s);
        assertFigures(e, read("luoyang-tjj-2020.txt"));
    }

    @Test
    void luoyangLeavesItsFiveEmptyReviewCellsMissing() {
        TableResult r = read("luoyang-tjj-2020.txt");
        assertEquals(List.of("review.upheld", "review.corrected", "review.other", "review.pending", "review.total"),
                r.missing());
        assertTrue(r.inferred().isEmpty());
    }

    @Test
    void yichunReadsEveryFigure() {
        Expected e = Expected.of(Template.T2019).zeroRequestsAndAppeals()
                .row("rules", DOCS_2019, 0, 0, 0)
                .row("normative", DOCS_2019, 0, 0, 0)
                .row("license", ITEMS_2019, 1, 0, 0)
                .row("other_services", ITEMS_2019, 0, 0, 0)
                .row("penalty", ITEMS_2019, 2, 9, 9)
                .row("coercion", ITEMS_2019, 3, 0, 0)
                .row("fees", FEES_2019, 0, 0)
                .row("procurement", PROCUREMENT, 2, 486690)
                .apply("new", 12, 0, 0, 0, 0, 0, 12)
                .apply("granted", 10, 0, 0, 0, 0, 0, 10)
                .apply("unable.no_info", 1, 0, 0, 0, 0, 0, 1)
                .apply("unable.need_create", 1, 0, 0, 0, 0, 0, 1)
                .apply("total", 12, 0, 0, 0, 0, 0, 12);
        assertFigures(e, read("yichun-tjj-2020.txt"));
    }

    @Test
    void lishuiReadsEveryFigureThroughTheBookmarkArtefact() {
        Expected e = Expected.of(Template.T2019).zeroRequestsAndAppeals()
                .row("rules", DOCS_2019, 0, 0, 0)
                .row("normative", DOCS_2019, 0, 0, 2)
                .row("license", ITEMS_2019, 0, 0, 0)
                .row("other_services", ITEMS_2019, 0, 0, 0)
                .row("penalty", ITEMS_2019, 9, 13, 13)
                .row("coercion", ITEMS_2019, 0, 0, 0)
                .row("fees", FEES_2019, 0, 0)
                .row("procurement", PROCUREMENT, 81, 197507.33);
        assertFigures(e, read("lishui-tjj-2020.txt"));
    }

    @Test
    void lishuiWarnsThatItsProcurementUnitWasInferred() {
        TableResult r = read("lishui-tjj-2020.txt");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("procurement.amount_yuan") && w.contains("yuan")));
    }

    @Test
    void lichengReadsEveryFigureUnderCharacterSplitHeaders() {
        Expected e = Expected.of(Template.T2019).zeroRequestsAndAppeals()
                .row("rules", DOCS_2019, 0, 0, 0)
                .row("normative", DOCS_2019, 0, 0, 0)
                .row("license", ITEMS_2019, 0, 0, 0)
                .row("other_services", ITEMS_2019, 0, 0, 0)
                .row("penalty", ITEMS_2019, 1, 18, 2)
                .row("coercion", ITEMS_2019, 0, 0, 0)
                .row("fees", FEES_2019, 0, 0)
                .row("procurement", PROCUREMENT, 14, 179411);
        assertFigures(e, read("licheng-tjj-2020.txt"));
    }

    @Test
    void pinghuReadsEveryFigureOfThe2021Template() {
        TableResult r = read("pinghu-tjj-2021.txt");
        assertEquals(Template.T2021, r.template());
        Expected e = Expected.of(Template.T2021).zeroRequestsAndAppeals()
                .row("rules", DOCS_2021, 0, 0, 0)
                .row("normative", DOCS_2021, 0, 0, 0)
                .row("license", ITEMS_2021, 0)
                .row("penalty", ITEMS_2021, 12)
                .row("coercion", ITEMS_2021, 0)
                .put("fees.amount_wan", 0);
        assertFigures(e, r);
        assertTrue(r.missing().isEmpty());
    }

    @Test
    void seedsOfThe2020ReportingYearUseThe2019Template() {
        for (String s : List.of("luoyang-tjj-2020.txt", "yichun-tjj-2020.txt", "lishui-tjj-2020.txt", "licheng-tjj-2020.txt")) {
            assertEquals(Template.T2019, read(s).template(), s);
        }
    }

    @Test
    void everySeedPassesEveryCheckItCanRun() {
        for (String s : List.of("luoyang-tjj-2020.txt", "yichun-tjj-2020.txt", "lishui-tjj-2020.txt",
                "licheng-tjj-2020.txt", "pinghu-tjj-2021.txt")) {
            TableResult r = read(s);
            assertTrue(r.checks().stream().allMatch(c -> c.ok()), s);
        }
    }

    @Test
    void luoyangRunsEveryCheckButReviewTotal() {
        TableResult r = read("luoyang-tjj-2020.txt");
        // 7 balance + 7 results + 23 row sums + 2 of the 3 appeal totals
        assertEquals(39, r.checks().size());
        assertTrue(r.checks().stream().noneMatch(c -> c.rule().equals("review.total")));
    }
}
