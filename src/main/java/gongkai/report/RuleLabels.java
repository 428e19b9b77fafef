package gongkai.report;

import java.util.Map;
import java.util.Optional;

/**
 * The Chinese label of a consistency rule, built from the figure dictionary's own labels, so
 * a reader sees "申请结果合计 · 自然人" where the program says {@code apply.results.person}.
 * A rule this class does not know keeps its key as its label.
 */
public final class RuleLabels {

    private static final Map<String, String> APPEALS = Map.of(
            "review", "行政复议",
            "suit_direct", "行政诉讼（未经复议直接起诉）",
            "suit_after_review", "行政诉讼（复议后起诉）");

    private final FigureCatalog catalog;

    public RuleLabels(FigureCatalog catalog) {
        this.catalog = catalog;
    }

    /** The label of {@code rule}, e.g. {@code apply.results.person} → 申请结果合计 · 自然人. */
    public String label(String rule) {
        return known(rule).orElse(rule);
    }

    private Optional<String> known(String rule) {
        String[] p = rule.split("\\.", 3);
        if (rule.startsWith("apply.balance.")) return column(p[2]).map(c -> "申请数收支平衡 · " + c);
        if (rule.startsWith("apply.results.")) return column(p[2]).map(c -> "申请结果合计 · " + c);
        if (rule.startsWith("apply.columns.")) {
            return Optional.ofNullable(FigureCatalog.applyRowLabel(p[2])).map(r -> "各类申请人合计 · " + r);
        }
        if (p.length == 2 && p[1].equals("total") && APPEALS.containsKey(p[0])) {
            return Optional.of(APPEALS.get(p[0]) + "合计");
        }
        if (rule.startsWith("cross_year.carried.")) {
            return column(rule.substring("cross_year.carried.".length())).map(c -> "与上年结转下年度数一致 · " + c);
        }
        if (rule.equals("cross_year.rules.in_force")) return Optional.of("规章现行有效件数与上年衔接");
        if (rule.equals("cross_year.normative.in_force")) return Optional.of("行政规范性文件现行有效件数与上年衔接");
        if (rule.startsWith("text.")) {
            return catalog.get(rule.substring("text.".length())).map(k -> "正文所述与表格一致 · " + k.label());
        }
        return Optional.empty();
    }

    private static Optional<String> column(String column) {
        int i = FigureCatalog.APPLY_COLUMNS.indexOf(column);
        return i < 0 ? Optional.empty() : Optional.of(FigureCatalog.APPLY_COLUMN_LABELS.get(i));
    }
}
