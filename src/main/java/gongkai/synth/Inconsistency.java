package gongkai.synth;

import gongkai.report.FigureCatalog;
import gongkai.report.Template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Makes a report fail a consistency check on purpose, as real reports sometimes do: one
 * cell of table 3 or table 4 is raised by a few, leaving the sums it belongs to unchanged.
 */
final class Inconsistency {

    /**
     * The share of reports that fail at least one check on purpose. Documented in the README;
     * the ground truth of each such report lists the rules it fails.
     */
    static final double FAILING_SHARE = 0.02;

    private Inconsistency() {
    }

    /** Raises one present cell of table 3 or 4 by 1 to 3; the figures map is changed in place. */
    static void apply(Template template, Map<String, BigDecimal> figures, RandomGenerator rng) {
        List<String> cells = new ArrayList<>();
        for (String row : FigureCatalog.applyRows(template)) {
            for (String col : FigureCatalog.APPLY_COLUMNS) cells.add("apply." + row + "." + col);
        }
        for (String prefix : FigureCatalog.APPEAL_PREFIXES) {
            for (String suffix : FigureCatalog.APPEAL_SUFFIXES) cells.add(prefix + "." + suffix);
        }
        // Carried-over counts are left alone: they tie a report to its agency's next, and a break there is made on purpose ({@link ChainBreak}).
        cells.removeIf(k -> !figures.containsKey(k) || k.startsWith("apply.carried_"));
        String key = cells.get(rng.nextInt(cells.size()));
        figures.put(key, figures.get(key).add(BigDecimal.valueOf(1 + rng.nextInt(3))));
    }
}
