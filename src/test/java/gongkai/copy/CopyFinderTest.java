package gongkai.copy;

import gongkai.extract.ReportExtractor;
import gongkai.ingest.Ingestor;
import gongkai.report.Report;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CopyFinderTest {

    private static Report read(String name) throws Exception {
        return ReportExtractor.standard().extract(new Ingestor().read(Path.of("samples/real/" + name)));
    }

    @Test
    void exactCopyUnderAnotherAgencyIsNearestAtOne() throws Exception {
        Report r = read("平潭综合实验区_2022.txt").withAgencyId("350128:a");
        Report copy = r.withAgencyId("350128:b");
        Report other = read("沭阳县人民政府_2025.txt").withAgencyId("321322:c");
        Map<String, CopyFinder.Result> out = new CopyFinder().find(List.of(
                CopyFinder.Entry.of("a", r), CopyFinder.Entry.of("b", copy), CopyFinder.Entry.of("c", other)));
        assertEquals(new BigDecimal("1.0000"), out.get("a").nearest());
        assertEquals("b", out.get("a").nearestId());
    }

    @Test
    void unrelatedReportsOfTheYearAreNotNear() throws Exception {
        // Different years are put in one year on purpose: the texts are still two agencies' own.
        Report a = read("平潭综合实验区_2022.txt").withAgencyId("350128:a");
        Report b = read("沭阳县人民政府_2025.txt");
        Report c = new Report(b.source(), b.format(), b.contentHash(), b.agency(), "321322:c", a.year(), b.region(),
                b.regionCode(), b.province(), b.level(), b.docNo(), b.published(), b.template(), b.figures(),
                b.missing(), b.inferred(), b.checks(), b.warnings(), b.sections(), b.text());
        Map<String, CopyFinder.Result> out = new CopyFinder().find(List.of(
                CopyFinder.Entry.of("a", a), CopyFinder.Entry.of("c", c)));
        BigDecimal near = out.get("a").nearest();
        // Either no candidate at all, or one sharing little beyond the template's headings.
        assertTrue(near == null || near.compareTo(new BigDecimal("0.5")) < 0, "nearest " + near);
    }

    @Test
    void prevYearIsMissingWithoutTheYearBefore() throws Exception {
        Report r = read("平潭综合实验区_2022.txt").withAgencyId("350128:a");
        assertNull(new CopyFinder().find(List.of(CopyFinder.Entry.of("a", r))).get("a").prevYear());
    }

    @Test
    void prevYearComparesTheSameAgencyOneYearBefore() throws Exception {
        Report y2022 = read("平潭综合实验区_2022.txt").withAgencyId("350128:a");
        Report y2023 = read("平潭综合实验区_2023.txt").withAgencyId("350128:a");
        CopyFinder.Result res = new CopyFinder().find(List.of(
                CopyFinder.Entry.of("22", y2022), CopyFinder.Entry.of("23", y2023))).get("23");
        assertEquals("22", res.prevYearId());
        assertTrue(res.prevYear() != null && res.prevYear().signum() > 0);
    }

    /**
     * 平潭综合实验区 2023 against 2022, counted apart from the program: the two texts cut at their
     * six printed part headings (一、总体情况 … 六、其他需要报告的事项, to the end of the file),
     * whitespace dropped, every 8-character run of a part taken once. 2023 has 2,657 such runs,
     * 821 of them also in 2022: 0.309. The tables' template rows are most of what is shared; the
     * prose of parts one and five was written anew.
     */
    @Test
    void pingtan2023SharesAThirdOfItsTextWith2022() throws Exception {
        Report y2022 = read("平潭综合实验区_2022.txt");
        Report y2023 = read("平潭综合实验区_2023.txt");
        BigDecimal share = CopyMeasure.share(Shingles.of(y2023), Shingles.of(y2022));
        assertEquals(0.309, share.doubleValue(), 0.02, "share " + share);
    }
}
