package gongkai.search;

import gongkai.report.Template;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static gongkai.search.TestIndex.figures;
import static gongkai.search.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rates in the query language: by key, by Chinese label, and as percentages. */
class RateQueryTest {

    @TempDir
    static Path dir;
    static TestIndex.Opened index;

    @BeforeAll
    static void index() throws IOException {
        index = TestIndex.open(dir, List.of(
                report("a", "甲局", 2021, null, null, Template.T2021, figures("rate.disclosed", "0.3500"), List.of(), "报告。"),
                report("b", "乙局", 2021, null, null, Template.T2021, figures("rate.disclosed", "0.4000"), List.of(), "报告。"),
                report("c", "丙局", 2021, null, null, Template.T2021, figures("rate.disclosed", "0.9000"), List.of(), "报告。"),
                // no rate: a report whose 公开率 had a zero denominator never matches
                report("d", "丁局", 2021, null, null, Template.T2021, figures("apply.total.total", 0), List.of(), "报告。")));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static Set<String> find(String query) throws IOException {
        return index.ids(query).stream().map(id -> id.substring(0, 1)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aRateRangeByKey() throws IOException {
        assertEquals(Set.of("a"), find("rate.disclosed:<0.4"));
        assertEquals(Set.of("a", "b"), find("rate.disclosed:<=0.4"));
    }

    @Test
    void theChineseLabelIsTheSameRange() throws IOException {
        assertEquals(Set.of("a"), find("公开率:<0.4"));
    }

    @Test
    void aPercentageIsAShare() throws IOException {
        assertEquals(Set.of("a"), find("rate.disclosed:<40%"));
        assertEquals(Set.of("b", "c"), find("公开率:[40% TO 100%]"));
    }

    @Test
    void aMissingRateMatchesNoRange() throws IOException {
        assertEquals(Set.of("a", "b", "c"), find("rate.disclosed:[* TO *]"));
    }

    @Test
    void aPercentagePastOneHundredIsRefused() {
        QueryException e = assertThrows(QueryException.class, () -> find("rate.disclosed:>150%"));
        assertTrue(e.getMessage().contains("150%"), e.getMessage());
    }

    @Test
    void aPercentageOnACountIsRefused() {
        assertThrows(QueryException.class, () -> find("penalty.decisions:>5%"));
    }
}
