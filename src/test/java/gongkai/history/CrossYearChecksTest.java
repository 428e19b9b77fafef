package gongkai.history;

import gongkai.extract.ReportExtractor;
import gongkai.ingest.Ingestor;
import gongkai.report.Check;
import gongkai.report.Report;
import gongkai.report.Template;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values read by hand from the reports' tables (表二 第二十条第（一）项, 表三 rows 二 and 四). */
class CrossYearChecksTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.standard();
    private final CrossYearChecks checks = new CrossYearChecks();

    private static Report extract(String file) throws Exception {
        return EXTRACTOR.extract(new Ingestor().read(Path.of("samples/real/" + file)));
    }

    private static Check rule(List<Check> checks, String rule) {
        Optional<Check> c = checks.stream().filter(x -> x.rule().equals(rule)).findFirst();
        assertTrue(c.isPresent(), () -> rule + " not in " + checks.stream().map(Check::rule).toList());
        return c.get();
    }

    /** A report of agency 350128:平潭综合实验区 with just these figures. */
    private static Report report(int year, Template template, String agencyId, Object... keyValues) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            figures.put((String) keyValues[i], new BigDecimal(keyValues[i + 1].toString()));
        }
        return new Report("r" + year + ".txt", "txt", "0".repeat(64), "平潭综合实验区", agencyId, year, null, "350128",
                null, null, null, null, template, figures, List.of(), List.of(), List.of(), List.of(), Map.of(), "");
    }

    @Test
    void hongze2024AgreesWith2023() throws Exception {
        List<Check> found = checks.check(extract("淮安市洪泽区人民政府_2023.pdf"), extract("淮安市洪泽区人民政府_2024.pdf"));
        assertEquals(9, found.size(), found::toString);
        assertTrue(found.stream().allMatch(Check::ok), found::toString);
        // 2023: 行政规范性文件 现行有效 5; 2024: 制发 3, 废止 0, 现行有效 8.
        Check normative = rule(found, "cross_year.normative.in_force");
        assertEquals(0, new BigDecimal(8).compareTo(normative.left()));
        assertEquals(0, new BigDecimal(8).compareTo(normative.right()));
        assertEquals(0, new BigDecimal(5).compareTo(normative.inputs().get("previous.normative.in_force")));
    }

    @Test
    void pingtan2022TakesInWhat2021CarriedOut() throws Exception {
        List<Check> found = checks.check(extract("平潭综合实验区_2021.txt"), extract("平潭综合实验区_2022.txt"));
        // 2021 四、结转下年度继续办理 1000001; 2022 二、上年结转 1000001.
        Check total = rule(found, "cross_year.carried.total");
        assertTrue(total.ok());
        assertEquals(0, BigDecimal.ONE.compareTo(total.left()));
        assertTrue(rule(found, "cross_year.carried.person").ok());
        // 行政规范性文件 is printed glued (693665, 8855698), so its cells are missing and not compared.
        assertTrue(found.stream().noneMatch(c -> c.rule().equals("cross_year.normative.in_force")), found::toString);
    }

    @Test
    void aStockThatFollowsPasses() {
        // 平潭综合实验区: 2021 现行有效 665; 2022 制发 88, 废止 55, 现行有效 698 = 665 + 88 − 55.
        String id = "350128:平潭综合实验区";
        Report y2021 = report(2021, Template.T2021, id, "normative.in_force", 665);
        Report y2022 = report(2022, Template.T2021, id, "normative.issued", 88, "normative.repealed", 55,
                "normative.in_force", 698);
        Check c = rule(checks.check(y2021, y2022), "cross_year.normative.in_force");
        assertTrue(c.ok());
        assertEquals(List.of("normative.in_force", "previous.normative.in_force", "normative.issued", "normative.repealed"),
                List.copyOf(c.inputs().keySet()));
    }

    @Test
    void aStockThatDoesNotFollowFails() {
        // 平潭综合实验区: 2022 现行有效 698; 2023 制发 77, 废止 132, 现行有效 470 (698 + 77 − 132 = 643).
        String id = "350128:平潭综合实验区";
        Report y2022 = report(2022, Template.T2021, id, "normative.in_force", 698);
        Report y2023 = report(2023, Template.T2021, id, "normative.issued", 77, "normative.repealed", 132,
                "normative.in_force", 470);
        Check c = rule(checks.check(y2022, y2023), "cross_year.normative.in_force");
        assertFalse(c.ok());
        assertEquals(0, new BigDecimal(470).compareTo(c.left()));
        assertEquals(0, new BigDecimal(643).compareTo(c.right()));
    }

    @Test
    void carriedOutThatVanishesFails() {
        String id = "350128:平潭综合实验区";
        Report before = report(2021, Template.T2021, id, "apply.carried_out.total", 1);
        Report after = report(2022, Template.T2021, id, "apply.carried_in.total", 0);
        List<Check> found = checks.check(before, after);
        assertEquals(List.of("cross_year.carried.total"), found.stream().map(Check::rule).toList());
        assertFalse(found.getFirst().ok());
    }

    @Test
    void theStockIsNotCheckedAcrossTheTemplateChange() {
        String id = "350128:平潭综合实验区";
        Report y2020 = report(2020, Template.T2019, id, "apply.carried_out.total", 0, "normative.in_force", 5);
        Report y2021 = report(2021, Template.T2021, id, "apply.carried_in.total", 0, "normative.issued", 69,
                "normative.repealed", 3, "normative.in_force", 665);
        assertEquals(List.of("cross_year.carried.total"), checks.check(y2020, y2021).stream().map(Check::rule).toList());
    }

    @Test
    void nothingIsComparedAcrossAgenciesOrAGap() {
        Report zone = report(2021, Template.T2021, "350128:平潭综合实验区", "apply.carried_out.total", 1);
        Report county = report(2022, Template.T2021, "350128:人民政府", "apply.carried_in.total", 1);
        Report zoneLater = report(2023, Template.T2021, "350128:平潭综合实验区", "apply.carried_in.total", 1);
        Report noId = report(2022, Template.T2021, null, "apply.carried_in.total", 1);
        assertEquals(List.of(), checks.check(zone, county));
        assertEquals(List.of(), checks.check(zone, zoneLater));
        assertEquals(List.of(), checks.check(report(2021, Template.T2021, null), noId));
    }
}
