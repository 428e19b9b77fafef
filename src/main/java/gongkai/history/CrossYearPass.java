package gongkai.history;

import gongkai.index.AgencyYears;
import gongkai.index.CorpusChange;
import gongkai.index.CorpusPass;
import gongkai.index.ReportLookup;
import gongkai.index.ReportSink;
import gongkai.report.Check;
import gongkai.report.Report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stores the {@link CrossYearChecks} on the later report of each pair at indexing time, so that
 * {@code check_failed:cross_year.carried.total} and {@code check:failed} find them and the report
 * view shows them. For every touched agency it recomputes the checks of all its reports against
 * the year before and writes back only the reports whose cross-year checks changed: added when
 * a year's predecessor arrives, replaced when either report changes, dropped when the
 * predecessor goes.
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

    @Override
    public long run(CorpusChange change, ReportLookup lookup, ReportSink sink) throws IOException {
        long written = 0;
        for (String agency : change.agencies()) {
            written += runAgency(lookup.reportsOf(agency), lookup, sink);
        }
        return written;
    }

    private long runAgency(List<Report> reports, ReportLookup lookup, ReportSink sink) throws IOException {
        AgencyYears years = new AgencyYears(reports);
        long written = 0;
        for (Report r : reports) {
            List<Check> wanted = years.predecessor(r).map(before -> checks.check(before, r)).orElse(List.of());
            if (same(held(r.checks()), wanted)) continue;
            Report whole = lookup.full(r.source()).orElse(null);
            if (whole == null) continue; // gone since the view was opened
            sink.upsert(withCrossYear(whole, wanted));
            written++;
        }
        return written;
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
