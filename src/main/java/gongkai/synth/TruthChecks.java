package gongkai.synth;

import gongkai.report.FigureCatalog;
import gongkai.report.Template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dictionary's consistency rules (勾稽关系), evaluated over a report's true figures so the
 * ground truth can say exactly which checks a report fails. A rule with a missing input is
 * not evaluated, as in the extractor.
 */
public final class TruthChecks {

    private TruthChecks() {
    }

    /** The rules the figures fail, in dictionary order: balance, results, columns, appeals. */
    public static List<String> failed(Template template, Map<String, BigDecimal> figures) {
        List<String> failed = new ArrayList<>();
        List<String> results = FigureCatalog.resultRows(template);
        for (String col : FigureCatalog.APPLY_COLUMNS) {
            BigDecimal left = sum(figures, "apply.new." + col, "apply.carried_in." + col);
            BigDecimal right = sum(figures, "apply.total." + col, "apply.carried_out." + col);
            if (differ(left, right)) failed.add("apply.balance." + col);
        }
        for (String col : FigureCatalog.APPLY_COLUMNS) {
            List<String> keys = new ArrayList<>();
            for (String row : results) keys.add("apply." + row + "." + col);
            if (differ(figures.get("apply.total." + col), sum(figures, keys.toArray(String[]::new)))) {
                failed.add("apply.results." + col);
            }
        }
        for (String row : FigureCatalog.applyRows(template)) {
            String[] keys = FigureCatalog.APPLY_COLUMNS.subList(0, 6).stream().map(c -> "apply." + row + "." + c).toArray(String[]::new);
            if (differ(figures.get("apply." + row + ".total"), sum(figures, keys))) failed.add("apply.columns." + row);
        }
        for (String prefix : FigureCatalog.APPEAL_PREFIXES) {
            String[] keys = FigureCatalog.APPEAL_SUFFIXES.subList(0, 4).stream().map(s -> prefix + "." + s).toArray(String[]::new);
            if (differ(figures.get(prefix + ".total"), sum(figures, keys))) failed.add(prefix + ".total");
        }
        return failed;
    }

    /** The sum of the figures, or null when any of them is missing. */
    private static BigDecimal sum(Map<String, BigDecimal> figures, String... keys) {
        BigDecimal s = BigDecimal.ZERO;
        for (String k : keys) {
            BigDecimal v = figures.get(k);
            if (v == null) return null;
            s = s.add(v);
        }
        return s;
    }

    private static boolean differ(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) != 0;
    }
}
