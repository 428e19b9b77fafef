package gongkai.copy;

import gongkai.index.ReportLookup;
import gongkai.report.CopyMatch;
import gongkai.report.Report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Finds {@code copy.nearest} of one report in an index: the {@link CopyBands} search gives the
 * few reports of other agencies of the same year that share the most LSH bands with it, and
 * {@link CopyMeasure} is computed exactly on those only. The search ranks by bands shared, so
 * the cost per report is one search and {@link #CANDIDATES} exact measures, whatever the size
 * of the year: no pair of reports is compared unless LSH made them candidates.
 *
 * <p>A report is named only when it holds at least {@link #NAMED_FROM} of the text. Below that
 * the shared text is the national template's own: unrelated reports of one year share 0.04 to
 * 0.27 of their text on the bundled real reports (the five 2020 statistics bureaus among
 * themselves, 平潭 against 沭阳, 淮安 against 上海), while the copies among them share more
 * (平潭综合实验区 and 平潭县人民政府: 0.93 in 2011, 0.58 in 2012, 0.65 in 2013). LSH finds a
 * pair with a probability that falls steeply with its similarity, so a "most similar" report
 * picked from template-level candidates would often not be the most similar one: a wrong name
 * beside a number, which is worse than none. A report with no candidate at that share has no
 * {@code copy.nearest}. This also keeps the after-run pass cheap: only reports that have a
 * copy among the run's reports are written a second time.
 */
final class NearestReport {

    /**
     * Candidates measured exactly, best by bands shared. Unrelated reports of one template share
     * a band rarely (Jaccard 0.2 gives 32 · 0.2⁴ = 0.05 bands on average), so five is room for
     * the real neighbours; a report copied by many agencies has them as separate candidates.
     */
    static final int CANDIDATES = 5;

    /** The least share of a report's text found in another agency's for that report to be named. */
    static final BigDecimal NAMED_FROM = new BigDecimal("0.5");

    /** The share found and the report it names. */
    record Found(BigDecimal share, CopyMatch match) {

        /** True when this is a better nearest than {@code other}: a larger share, or the same share of a smaller id. */
        boolean beats(Found other) {
            if (other == null || other.share() == null) return true;
            int c = share.compareTo(other.share());
            return c > 0 || c == 0 && match.id().compareTo(other.match().id()) < 0;
        }
    }

    /** Told of each candidate measured the other way: the share of the candidate's text found in the report. */
    @FunctionalInterface
    interface Reverse {
        void measured(Report candidate, Found found);
    }

    private final ReportLookup lookup;

    NearestReport(ReportLookup lookup) {
        this.lookup = lookup;
    }

    /**
     * The nearest report of another agency to {@code report} (whole, with its parts), or null;
     * {@code reverse} hears, for each candidate, how much of the candidate's text is in {@code report}.
     */
    Found find(Report report, Shingles shingles, Reverse reverse) throws IOException {
        if (report.year() == null || report.agencyId() == null || shingles.size() == 0) return null;
        List<Report> candidates = lookup.sharingBands(report.year(), report.agencyId(), CopyBands.of(shingles), CANDIDATES);
        CopyMatch self = match(report);
        Found best = null;
        for (Report c : candidates) {
            if (c.source().equals(report.source())) continue;
            Report whole = lookup.full(c.source()).orElse(null);
            if (whole == null) continue; // gone since the view was opened
            Shingles theirs = Shingles.of(whole);
            BigDecimal share = CopyMeasure.share(shingles, theirs);
            if (named(share)) {
                Found f = new Found(share, match(c));
                if (f.beats(best)) best = f;
            }
            BigDecimal back = CopyMeasure.share(theirs, shingles);
            if (named(back) && reverse != null) reverse.measured(c, new Found(back, self));
        }
        return best;
    }

    private static boolean named(BigDecimal share) {
        return share != null && share.compareTo(NAMED_FROM) >= 0;
    }

    static CopyMatch match(Report r) {
        return new CopyMatch(r.id(), r.agency(), r.agencyId(), r.year());
    }
}
