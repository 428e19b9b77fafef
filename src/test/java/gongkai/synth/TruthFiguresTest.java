package gongkai.synth;

import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;
import gongkai.report.Template;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TruthFiguresTest {

    private static final List<SynthReport> REPORTS = Samples.make(11, 2000);
    private static final List<String> COLUMNS = List.of("person", "company", "research", "ngo", "legal", "other_org");

    @Test
    void everyFigureKeyIsInTheCatalogForItsTemplate() {
        FigureCatalog catalog = FigureCatalog.standard();
        for (SynthReport r : REPORTS) {
            Set<String> expected = new HashSet<>(catalog.of(r.truth().template()).stream().map(FigureKey::key).toList());
            Set<String> got = new HashSet<>(r.truth().figures().keySet());
            got.addAll(r.truth().missing());
            assertEquals(expected, got, r.truth().id());
        }
    }

    @Test
    void templateFollowsTheYear() {
        for (SynthReport r : REPORTS) {
            int year = r.truth().year();
            assertTrue(year >= 2019 && year <= 2024);
            assertEquals(year <= 2020 ? Template.T2019 : Template.T2021, r.truth().template());
        }
    }

    @Test
    void reportsWithoutDeliberateFailuresAreConsistent() {
        int checked = 0;
        for (SynthReport r : REPORTS) {
            if (!r.truth().failedChecks().isEmpty()) continue;
            assertTrue(ownArithmetic(r.truth()).isEmpty(), r.truth().id() + " " + ownArithmetic(r.truth()));
            checked++;
        }
        assertTrue(checked > 1900);
    }

    @Test
    void deliberateFailuresAreAFewAndAreRecorded() {
        int failing = 0;
        for (SynthReport r : REPORTS) {
            if (r.truth().failedChecks().isEmpty()) continue;
            failing++;
            assertFalse(ownArithmetic(r.truth()).isEmpty(), r.truth().id());
        }
        assertTrue(failing >= 15 && failing <= 70, "failing reports: " + failing);
    }

    @Test
    void penaltiesAreHeavyTailed() {
        long zero = REPORTS.stream().filter(r -> r.truth().figures().get("penalty.decisions").signum() == 0).count();
        BigDecimal max = REPORTS.stream().map(r -> r.truth().figures().get("penalty.decisions")).max(BigDecimal::compareTo).orElseThrow();
        assertTrue(zero > REPORTS.size() / 2, "zero-penalty reports: " + zero);
        assertTrue(max.compareTo(BigDecimal.valueOf(100)) > 0, "max penalties: " + max);
    }

    /** The dictionary's rules, computed here by hand: the names of the rules that do not hold. */
    private static List<String> ownArithmetic(GroundTruth t) {
        Map<String, BigDecimal> f = t.figures();
        List<String> broken = new ArrayList<>();
        List<String> rows = new ArrayList<>(List.of("new", "carried_in", "granted", "partial",
                "denied.secret", "denied.law", "denied.safety", "denied.third_party", "denied.internal",
                "denied.process", "denied.enforcement", "denied.query", "unable.no_info", "unable.need_create",
                "unable.unclear", "rejected.petition", "rejected.repeat", "rejected.publication", "rejected.mass",
                "rejected.confirm"));
        rows.addAll(t.template() == Template.T2019 ? List.of("other") : List.of("other.no_correction", "other.no_fee", "other.other"));
        List<String> results = rows.subList(2, rows.size());
        List<String> allRows = new ArrayList<>(rows);
        allRows.addAll(List.of("total", "carried_out"));
        for (String row : allRows) {
            long sum = 0;
            for (String c : COLUMNS) sum += v(f, "apply." + row + "." + c);
            if (sum != v(f, "apply." + row + ".total")) broken.add("row " + row);
        }
        List<String> cols = new ArrayList<>(COLUMNS);
        cols.add("total");
        for (String c : cols) {
            if (v(f, "apply.new." + c) + v(f, "apply.carried_in." + c) != v(f, "apply.total." + c) + v(f, "apply.carried_out." + c)) {
                broken.add("balance " + c);
            }
            long sum = 0;
            for (String row : results) sum += v(f, "apply." + row + "." + c);
            if (sum != v(f, "apply.total." + c)) broken.add("results " + c);
        }
        for (String p : List.of("review", "suit_direct", "suit_after_review")) {
            if (!f.containsKey(p + ".total")) continue;
            if (v(f, p + ".upheld") + v(f, p + ".corrected") + v(f, p + ".other") + v(f, p + ".pending") != v(f, p + ".total")) {
                broken.add(p);
            }
        }
        return broken;
    }

    private static long v(Map<String, BigDecimal> f, String key) {
        return f.get(key).longValueExact();
    }
}
