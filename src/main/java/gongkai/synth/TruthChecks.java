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

    /** One rule: its name, the key of its left side and the keys summed on its right side. */
    private record Rule(String name, String[] left, String[] right) {
    }

    /** The rules of each template, spelled out once: a corpus evaluates them for every report. */
    private static final Map<Template, List<Rule>> RULES =
            Map.of(Template.T2019, rules(Template.T2019), Template.T2021, rules(Template.T2021));

    private TruthChecks() {
    }

    /** The rules the figures fail, in dictionary order: balance, results, columns, appeals. */
    public static List<String> failed(Template template, Map<String, BigDecimal> figures) {
        List<String> failed = new ArrayList<>();
        for (Rule r : RULES.get(template)) {
            BigDecimal left = sum(figures, r.left());
            BigDecimal right = sum(figures, r.right());
            if (left != null && right != null && left.compareTo(right) != 0) failed.add(r.name());
        }
        return failed;
    }

    private static List<Rule> rules(Template template) {
        List<Rule> rules = new ArrayList<>();
        for (String col : FigureCatalog.APPLY_COLUMNS) {
            rules.add(new Rule("apply.balance." + col,
                    new String[]{"apply.new." + col, "apply.carried_in." + col},
                    new String[]{"apply.total." + col, "apply.carried_out." + col}));
        }
        for (String col : FigureCatalog.APPLY_COLUMNS) {
            rules.add(new Rule("apply.results." + col, new String[]{"apply.total." + col},
                    FigureCatalog.resultRows(template).stream().map(row -> "apply." + row + "." + col).toArray(String[]::new)));
        }
        for (String row : FigureCatalog.applyRows(template)) {
            rules.add(new Rule("apply.columns." + row, new String[]{"apply." + row + ".total"},
                    FigureCatalog.APPLY_COLUMNS.subList(0, 6).stream().map(c -> "apply." + row + "." + c).toArray(String[]::new)));
        }
        for (String prefix : FigureCatalog.APPEAL_PREFIXES) {
            rules.add(new Rule(prefix + ".total", new String[]{prefix + ".total"},
                    FigureCatalog.APPEAL_SUFFIXES.subList(0, 4).stream().map(s -> prefix + "." + s).toArray(String[]::new)));
        }
        return List.copyOf(rules);
    }

    /** The sum of the figures, or null when any of them is missing. */
    private static BigDecimal sum(Map<String, BigDecimal> figures, String[] keys) {
        BigDecimal s = BigDecimal.ZERO;
        for (String k : keys) {
            BigDecimal v = figures.get(k);
            if (v == null) return null;
            s = s.add(v);
        }
        return s;
    }
}
