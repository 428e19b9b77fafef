package gongkai.extract;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GluedDigitsTest {

    private final GluedDigits glued = new GluedDigits();

    private static List<BigDecimal> values(long... v) {
        return java.util.Arrays.stream(v).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void rowTotalPicksTheOnlySplit() {
        assertEquals(values(80, 1, 0, 0, 0, 0, 81), glued.split(List.of("801000081"), 7, 7).values());
    }

    @Test
    void spacesInTheRunAreHardBoundaries() {
        assertEquals(values(20, 0, 0, 0, 0, 1, 21), glued.split(List.of("20", "0", "00", "0", "121"), 7, 7).values());
    }

    @Test
    void threeGroupsOfFiveEachAddUp() {
        assertEquals(values(1, 1, 0, 0, 2, 4, 0, 0, 1, 5, 1, 0, 1, 0, 2),
                glued.split(List.of("110024001510102"), 15, 5).values());
    }

    @Test
    void twoSplitsThatBothAddUpAreAmbiguous() {
        GluedDigits.Split s = glued.split(List.of("270020130"), 7, 7);
        assertNull(s.values());
        assertEquals(2, s.candidates().size());
    }

    @Test
    void withoutTotalsOnlyLeadingZerosCanDecide() {
        assertEquals(values(0, 0, 7), glued.split(List.of("007"), 3, 0).values());
        assertNull(glued.split(List.of("693665"), 3, 0).values());
    }

    @Test
    void aRunTooLongToSplitIsRefused() {
        GluedDigits.Split s = glued.split(List.of("1".repeat(500)), 7, 7);
        assertNull(s.values());
        assertTrue(s.problem().contains("too long"));
    }
}
