package gongkai.copy;

import gongkai.index.AgencyYears;
import gongkai.index.CorpusPass;
import gongkai.report.Report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Stores {@code copy.prev_year} on each report at indexing time: the {@link CopyMeasure} share
 * of its six parts' text found in the same agency's report of the year before. One exact
 * comparison per report, made before the report is first written and again only when its year
 * before changes, so the cost follows what the run changed, not the size of the index. A year
 * with two reports of the agency is no predecessor ({@link AgencyYears}: which one was copied
 * cannot be told); the figure is then missing, as it is without a report of the year before.
 *
 * <p>{@code copy.nearest} (another agency's report) cannot follow from the year before alone:
 * {@link NearestPass} measures it after the run, over the whole index.
 */
public final class CopyPass implements CorpusPass {

    public static final String PREV_YEAR = "copy.prev_year";

    @Override
    public String name() {
        return "copy measures";
    }

    @Override
    public Report apply(Report report, Report yearBefore) {
        BigDecimal wanted = yearBefore == null ? null : CopyMeasure.share(Shingles.of(report), Shingles.of(yearBefore));
        if (sameValue(report.figures().get(PREV_YEAR), wanted)) return report;
        return withPrevYear(report, wanted);
    }

    @Override
    public boolean agree(Report a, Report b) {
        return sameValue(a.figures().get(PREV_YEAR), b.figures().get(PREV_YEAR));
    }

    /** The report with this {@code copy.prev_year}, or without one when it is null. */
    static Report withPrevYear(Report r, BigDecimal share) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>(r.figures());
        figures.remove(PREV_YEAR);
        if (share != null) figures.put(PREV_YEAR, share);
        return r.withFigures(Collections.unmodifiableMap(figures));
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }
}
