package gongkai.copy;

import gongkai.index.AgencyYears;
import gongkai.index.CorpusChange;
import gongkai.index.CorpusPass;
import gongkai.index.ReportLookup;
import gongkai.index.ReportSink;
import gongkai.report.Report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stores {@code copy.prev_year} on each report of a touched agency at indexing time: the
 * {@link CopyMeasure} share of its six parts' text found in the same agency's report of the
 * year before. Only the touched agencies' reports are read (one exact comparison per report),
 * so the cost follows what the run changed, not the size of the index. A year with two reports
 * of the agency is no predecessor (which one was copied cannot be told); the figure is then
 * missing, as it is without a report of the year before.
 *
 * <p>{@code copy.nearest} (another agency's report) needs the other agencies' signatures; this
 * pass does not store it yet, so it stays missing rather than being measured against only the
 * reports the run touched, which would name a wrong nearest report.
 */
public final class CopyPass implements CorpusPass {

    public static final String PREV_YEAR = "copy.prev_year";

    @Override
    public String name() {
        return "copy measures";
    }

    @Override
    public long run(CorpusChange change, ReportLookup lookup, ReportSink sink) throws IOException {
        long written = 0;
        for (String agency : change.agencies()) written += runAgency(lookup.reportsOf(agency), lookup, sink);
        return written;
    }

    private long runAgency(List<Report> reports, ReportLookup lookup, ReportSink sink) throws IOException {
        AgencyYears years = new AgencyYears(reports);
        Map<String, Shingles> shingles = new HashMap<>();
        long written = 0;
        for (Report r : reports) {
            Report before = years.predecessor(r).orElse(null);
            BigDecimal wanted = null;
            Report whole = null;
            if (before != null) {
                whole = lookup.full(r.source()).orElse(null);
                if (whole == null) continue; // gone since the view was opened
                Shingles mine = shinglesOf(whole, shingles);
                Shingles theirs = shingles.get(before.source());
                if (theirs == null) {
                    Report prev = lookup.full(before.source()).orElse(null);
                    if (prev != null) theirs = shinglesOf(prev, shingles);
                }
                if (theirs != null) wanted = CopyMeasure.share(mine, theirs);
            }
            if (sameValue(r.figures().get(PREV_YEAR), wanted)) continue;
            if (whole == null) whole = lookup.full(r.source()).orElse(null);
            if (whole == null) continue;
            sink.upsert(withPrevYear(whole, wanted));
            written++;
        }
        return written;
    }

    private static Shingles shinglesOf(Report r, Map<String, Shingles> cache) {
        return cache.computeIfAbsent(r.source(), s -> Shingles.of(r));
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
