package gongkai.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pass costs are shares of the run without passes, printed as the bench prints them. */
class PassCostTest {

    private final PassCost.Result result = new PassCost.Result(
            Map.of("none", 100.0, "cross_year", 104.0, "copy", 120.0, "both", 125.0),
            Map.of("none", 180.0, "cross_year", 189.0, "copy", 198.0, "both", 207.0), 1200, 1, null);

    @Test
    void eachPassIsAShareOfIndexingWithout() {
        assertEquals(0.04, result.added("cross_year"), 1e-9);
        assertEquals(0.20, result.added("copy"), 1e-9);
        assertEquals(0.05, result.addedCpu("cross_year"), 1e-9);
    }

    @Test
    void theLinesSayWhatEachPassAddsAndWhetherTheBarIsMet() {
        String lines = result.lines();
        assertTrue(lines.contains("cross-year checks +4.0% of indexing time (104.0 s; +5.0% CPU)   bar <= 10%  ok"), lines);
        assertTrue(lines.contains("copy detection +20.0% of indexing time (120.0 s; +10.0% CPU)   bar <= 15%  MISSED"), lines);
    }
}
