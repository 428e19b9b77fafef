package gongkai.index;

import gongkai.report.Report;

import java.io.IOException;
import java.util.List;

/**
 * After a run's files are written and committed, sets right the pass values that the run
 * changed and {@link PassSink} could not settle when it wrote: for every agency the run
 * touched, each report's year before is found again over what the index now holds
 * ({@link AgencyYears}), and a report is read whole and derived again only when that year
 * before is not the one its values came from. A report is then written back only when a
 * value changed, once for all passes. An agency new to the index whose every report got its
 * values from the year before it has now ({@link RunChanges#settled}) is not read at all: on a
 * first run, where the sink found every year before, this reads and writes nothing.
 *
 * <p>A report this run did not write keeps its values unless its agency lost a report (removed
 * or replaced) or gained one in the year before its own: nothing else can change its year before.
 */
final class PassReconciliation {

    private final CorpusPasses passes;
    private final RunChanges run;

    PassReconciliation(CorpusPasses passes, RunChanges run) {
        this.passes = passes;
        this.run = run;
    }

    /** What was done: reports derived again and reports written back. */
    record Outcome(int agencies, long derived, long written) {
    }

    /** Runs over {@code lookup}, a view opened after the run's commit, and writes to {@code sink}. */
    Outcome run(ReportLookup lookup, ReportSink sink) throws IOException {
        long derived = 0;
        long written = 0;
        var agencies = run.touched();
        for (String agency : agencies) {
            if (run.settled(agency)) continue;
            List<Report> reports = lookup.reportsOf(agency);
            AgencyYears years = new AgencyYears(reports);
            for (Report r : reports) {
                Report before = years.predecessor(r).orElse(null);
                if (settled(agency, r, before)) continue;
                Report whole = lookup.full(r.source()).orElse(null);
                if (whole == null) continue; // gone since the view was opened
                Report beforeWhole = before == null || !passes.readYearBeforeWhole() ? before
                        : lookup.full(before.source()).orElse(null);
                Report out = passes.apply(whole, beforeWhole);
                derived++;
                if (passes.agree(whole, out)) continue;
                sink.upsert(out);
                written++;
            }
        }
        return new Outcome(agencies.size(), derived, written);
    }

    /** True when the report's values already follow from {@code before}, its year before now. */
    private boolean settled(String agency, Report r, Report before) {
        RunChanges.Basis basis = run.basis(r.source());
        if (basis != null && java.util.Objects.equals(basis.hash(), r.contentHash())) return basis.matches(r, before);
        if (r.year() == null) return true;
        return !run.removedFrom(agency) && !run.wrote(agency, r.year() - 1);
    }
}
