package gongkai.index;

import gongkai.report.Report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The passes of a run taken as one, in their order: a report gets the values of all of them
 * and is written once, however many passes change it.
 */
public record CorpusPasses(List<CorpusPass> passes) {

    public CorpusPasses {
        passes = List.copyOf(passes);
    }

    /** True when some pass reads the text or parts of the year before ({@link CorpusPass.YearBefore#WHOLE}). */
    public boolean readYearBeforeWhole() {
        return passes.stream().anyMatch(p -> p.readsOfYearBefore() == CorpusPass.YearBefore.WHOLE);
    }

    /**
     * The report as the passes read it when it is the year before of another: whole when a pass
     * reads it whole, otherwise its metadata and figures alone ({@link CorpusPass.YearBefore#FIGURES}).
     */
    public Report asYearBefore(Report report) {
        if (report == null || readYearBeforeWhole()) return report;
        return new Report(report.source(), report.format(), report.contentHash(), report.agency(), report.agencyId(),
                report.year(), report.region(), report.regionCode(), report.province(), report.level(), report.docNo(),
                report.published(), report.template(), report.figures(), report.missing(), report.inferred(), List.of(),
                List.of(), Map.of(), "", report.ocr(), null, report.url());
    }

    public boolean isEmpty() {
        return passes.isEmpty();
    }

    /** The report with every pass's values against {@code yearBefore} (null where there is none). */
    public Report apply(Report report, Report yearBefore) {
        Report out = report;
        for (CorpusPass p : passes) out = p.apply(out, yearBefore);
        return out;
    }

    /** True when every pass's values agree between the two versions of a report. */
    public boolean agree(Report a, Report b) {
        for (CorpusPass p : passes) if (!p.agree(a, b)) return false;
        return true;
    }

    /** For messages: {@code cross-year checks, copy measures}. */
    public String names() {
        return passes.stream().map(CorpusPass::name).collect(Collectors.joining(", "));
    }
}
