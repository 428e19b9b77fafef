package gongkai.history;

import gongkai.index.AgencyYears;
import gongkai.index.CorpusPass;
import gongkai.report.Check;
import gongkai.report.Report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stores the {@link CrossYearChecks} on the later report of each pair at indexing time, so that
 * {@code check_failed:cross_year.carried.total} and {@code check:failed} find them and the report
 * view shows them. The run applies the pass to every report it writes, against its agency's
 * report of the year before, and again to the reports whose year before was added, changed or
 * removed: the checks are added when a year's predecessor arrives, replaced when either report
 * changes, dropped when the predecessor goes.
 *
 * <p>A year with two reports of the same agency is no predecessor ({@link AgencyYears}): which
 * of them the next year should agree with cannot be told, and a check against the wrong one
 * would be a false failure.
 */
public final class CrossYearPass implements CorpusPass {

    /** The prefix of every rule this pass owns; the table's own checks are left as they are. */
    public static final String RULE_PREFIX = "cross_year.";

    private final CrossYearChecks checks = new CrossYearChecks();

    @Override
    public String name() {
        return "cross-year checks";
    }

    /** The checks compare the two years' figures: the year before's text and checks are not read. */
    @Override
    public YearBefore readsOfYearBefore() {
        return YearBefore.FIGURES;
    }

    @Override
    public Report apply(Report report, Report yearBefore) {
        List<Check> wanted = yearBefore == null ? List.of() : checks.check(yearBefore, report);
        if (same(held(report.checks()), wanted)) return report;
        return withCrossYear(report, wanted);
    }

    @Override
    public boolean agree(Report a, Report b) {
        return same(held(a.checks()), held(b.checks()));
    }

    /** The report with its own checks as they are and these cross-year checks after them. */
    static Report withCrossYear(Report r, List<Check> crossYear) {
        List<Check> all = new ArrayList<>();
        for (Check c : r.checks()) if (!c.rule().startsWith(RULE_PREFIX)) all.add(c);
        all.addAll(crossYear);
        return r.withChecks(List.copyOf(all));
    }

    private static List<Check> held(List<Check> all) {
        return all.stream().filter(c -> c.rule().startsWith(RULE_PREFIX)).toList();
    }

    /** Equal rules, outcomes and values; 12 and 12.0 are the same value (the stored JSON drops trailing zeros). */
    static boolean same(List<Check> a, List<Check> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            Check x = a.get(i), y = b.get(i);
            if (!x.rule().equals(y.rule()) || x.ok() != y.ok() || !sameValue(x.left(), y.left())
                    || !sameValue(x.right(), y.right()) || !x.inputs().keySet().equals(y.inputs().keySet())) {
                return false;
            }
            for (Map.Entry<String, BigDecimal> e : x.inputs().entrySet()) {
                if (!sameValue(e.getValue(), y.inputs().get(e.getKey()))) return false;
            }
        }
        return true;
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }
}
