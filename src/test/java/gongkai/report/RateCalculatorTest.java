package gongkai.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateCalculatorTest {

    private final RateCalculator calculator = new RateCalculator();

    private static Map<String, BigDecimal> figures(Object... kv) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], new BigDecimal(kv[i + 1].toString()));
        return m;
    }

    @Test
    void aZeroDenominatorLeavesTheRateMissingWithAWarning() {
        // no request at all: 0 granted of 0 handled is no rate, not 0% or 100%
        RateCalculator.Rates r = calculator.compute(figures(
                "apply.granted.total", 0, "apply.partial.total", 0, "apply.total.total", 0));
        assertFalse(r.values().containsKey("rate.disclosed"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("rate.disclosed") && w.contains("分母为 0")));
    }

    @Test
    void everyReviewPendingIsAZeroDenominator() {
        RateCalculator.Rates r = calculator.compute(figures("review.corrected", 0, "review.total", 3, "review.pending", 3));
        assertFalse(r.values().containsKey("rate.review_corrected"));
    }

    @Test
    void roundsHalfUpToFourDecimals() {
        // 1 of 8 = 0.125 exactly; 1 of 3 = 0.33333…; 2 of 3 = 0.66666…
        assertEquals(new BigDecimal("0.1250"), calculator.compute(figures(
                "apply.granted.total", 1, "apply.partial.total", 0, "apply.total.total", 8)).values().get("rate.disclosed"));
        assertEquals(new BigDecimal("0.6667"), calculator.compute(figures(
                "review.corrected", 2, "review.total", 4, "review.pending", 1)).values().get("rate.review_corrected"));
    }

    @Test
    void everyRateIsADecimalFigureAnsweringToItsLabel() {
        FigureCatalog catalog = FigureCatalog.standard();
        assertEquals(7, catalog.rates().size());
        assertEquals("rate.disclosed", catalog.resolve("公开率").orElseThrow().key());
        assertEquals("rate.review_corrected", catalog.resolve("复议纠错率").orElseThrow().key());
        assertTrue(catalog.rates().stream().allMatch(FigureKey::decimal));
        assertTrue(catalog.of(Template.T2021).stream().noneMatch(FigureKey::derived), "rates are never read from a table");
    }
}
