package gongkai.search;

import gongkai.report.Check;
import gongkai.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report whose prose contradicts its table is found by {@code check:failed} and by its rule; one whose prose agrees is not. */
class ProseCheckSearchTest {

    @TempDir
    static Path dir;
    static TestIndex.Opened index;
    static Report original;
    static Report planted;

    @BeforeAll
    static void index() throws Exception {
        List<Report> reports = PlantedProse.reports();
        original = reports.get(0);
        planted = reports.get(1);
        index = TestIndex.open(dir, reports);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void thePlantedReportFailsTheRuleWithItsSentence() {
        Check c = planted.checks().stream().filter(k -> k.rule().equals("text.apply.new.total")).findFirst().orElseThrow();
        assertEquals(5, c.left().intValue());
        assertEquals(0, c.right().intValue());
        assertTrue(c.sentence().contains(PlantedProse.PLANTED), c.sentence());
        assertTrue(original.checks().stream().noneMatch(k -> !k.ok()));
    }

    @Test
    void checkFailedFindsOnlyThePlantedReport() throws IOException {
        assertEquals(Set.of(planted.id()), index.ids("check:failed"));
    }

    @Test
    void theRuleFindsOnlyThePlantedReport() throws IOException {
        assertEquals(Set.of(planted.id()), index.ids("check_failed:text.apply.new.total"));
        assertEquals(Set.of(), index.ids("check_failed:text.review.total"));
    }
}
