package gongkai.index;

import gongkai.report.Report;

/**
 * A value derived from more than one report: a check or a measure that compares a report
 * with its agency's report of the year before (found by {@link AgencyYears}), stored on the
 * report so that it is searched and shown like the report's own values.
 *
 * <p>{@link IndexRun} applies every pass to each report before it writes it ({@link PassSink}),
 * so that a report is written once with its derived values, and after the run it recomputes,
 * through {@link PassReconciliation}, only the reports whose year before the run changed.
 * A pass is a pure function of the two reports: the same pair always gives the same values.
 */
public interface CorpusPass {

    /** A short name for messages, e.g. {@code cross-year checks}. */
    String name();

    /**
     * The report with this pass's values against {@code yearBefore}, or without them where
     * there is no year before ({@code yearBefore} null). {@code report} is whole: metadata,
     * figures, checks, text and parts; {@code yearBefore} holds what {@link #readsOfYearBefore}
     * asks for.
     */
    Report apply(Report report, Report yearBefore);

    /** What of a report a pass reads when that report is the year before. */
    enum YearBefore {
        /** Its source, content hash, agency, year, template and figures; no checks, text or parts. */
        FIGURES,
        /** The whole report, text and parts included. */
        WHOLE
    }

    /**
     * What this pass reads of the year before. The run keeps the year before of reports to come
     * (a few hundred agency-years) in this form, and reads no text back for a pass that needs
     * none: a report whole, with its checks and their inputs, weighs some 200 KB on the heap.
     */
    default YearBefore readsOfYearBefore() {
        return YearBefore.WHOLE;
    }

    /** True when the two versions of a report carry the same values of this pass. */
    boolean agree(Report a, Report b);
}
