package gongkai.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The derived rates of {@code shared/spec/figures.md} ("Derived rates"), computed from a
 * report's figures after they were read: 4 decimals, rounded half up. A rate is left out
 * when an input is missing or its denominator is 0, with a warning saying which; inputs are
 * only figures that were read or that a consistency rule forced (listed in {@code inferred}),
 * since figures hold nothing else.
 */
public final class RateCalculator {

    /** Decimal places of every rate. */
    public static final int SCALE = 4;

    private static final List<String> DENIED = List.of("secret", "law", "safety", "third_party",
            "internal", "process", "enforcement", "query");

    /** One rate's definition: the keys added up above the line, and those added or taken below it. */
    private record Definition(String key, List<String> numerator, List<String> plus, List<String> minus) {
    }

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition("rate.disclosed", List.of("apply.granted.total", "apply.partial.total"),
                    List.of("apply.total.total"), List.of()),
            new Definition("rate.denied", DENIED.stream().map(d -> "apply.denied." + d + ".total").toList(),
                    List.of("apply.total.total"), List.of()),
            new Definition("rate.unable", List.of("apply.unable.no_info.total", "apply.unable.need_create.total",
                    "apply.unable.unclear.total"), List.of("apply.total.total"), List.of()),
            new Definition("rate.carried_over", List.of("apply.carried_out.total"),
                    List.of("apply.new.total", "apply.carried_in.total"), List.of()),
            new Definition("rate.review_corrected", List.of("review.corrected"),
                    List.of("review.total"), List.of("review.pending")),
            new Definition("rate.suit_corrected", List.of("suit_direct.corrected", "suit_after_review.corrected"),
                    List.of("suit_direct.total", "suit_after_review.total"),
                    List.of("suit_direct.pending", "suit_after_review.pending")),
            new Definition("rate.dispute", List.of("review.total", "suit_direct.total"),
                    List.of("apply.total.total"), List.of()));

    /** The rates that could be computed, and a warning for each that could not. */
    public record Rates(Map<String, BigDecimal> values, List<String> warnings) {
    }

    public Rates compute(Map<String, BigDecimal> figures) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Definition d : DEFINITIONS) {
            List<String> absent = new ArrayList<>();
            BigDecimal num = sum(figures, d.numerator(), absent);
            BigDecimal den = sum(figures, d.plus(), absent).subtract(sum(figures, d.minus(), absent));
            if (!absent.isEmpty()) {
                warnings.add(d.key() + " 未计算：缺少 " + String.join("、", absent)
                        + " (rate not computed: inputs missing)");
            } else if (den.signum() == 0) {
                warnings.add(d.key() + " 未计算：分母为 0 (rate not computed: denominator is 0)");
            } else {
                values.put(d.key(), num.divide(den, SCALE, RoundingMode.HALF_UP));
            }
        }
        return new Rates(values, warnings);
    }

    private static BigDecimal sum(Map<String, BigDecimal> figures, List<String> keys, List<String> absent) {
        BigDecimal s = BigDecimal.ZERO;
        for (String k : keys) {
            BigDecimal v = figures.get(k);
            if (v == null) absent.add(k);
            else s = s.add(v);
        }
        return s;
    }
}
