package gongkai.copy;

import gongkai.index.AgencyYears;
import gongkai.index.CorpusChange;
import gongkai.index.CorpusPass;
import gongkai.index.ReportLookup;
import gongkai.index.ReportSink;
import gongkai.report.CopyMatch;
import gongkai.report.Report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stores the copy measures on the reports at indexing time:
 * <ul>
 *   <li>{@code copy.prev_year}: the {@link CopyMeasure} share of a report's six parts' text
 *       found in the same agency's report of the year before (one exact comparison). A year
 *       with two reports of the agency is no predecessor (which one was copied cannot be told);
 *       the figure is then missing, as it is without a report of the year before.</li>
 *   <li>{@code copy.nearest}: the share found in the most similar report of another agency of
 *       the same year, which is named ({@link Report#copyNearest()}); found by
 *       {@link NearestReport} through the LSH band terms every report is indexed with.</li>
 * </ul>
 * Both are measured for every report of a touched agency. A report of another agency changes
 * too when the run brings it a nearer report (a new report found it as a candidate and more of
 * its text is in the new one), or when the report it named is gone: then it is measured again.
 * The cost follows what the run changed, not the size of the index; each report is written
 * once, and only when one of its measures changed.
 */
public final class CopyPass implements CorpusPass {

    public static final String PREV_YEAR = "copy.prev_year";
    public static final String NEAREST = "copy.nearest";

    @Override
    public String name() {
        return "copy measures";
    }

    @Override
    public long run(CorpusChange change, ReportLookup lookup, ReportSink sink) throws IOException {
        Set<String> touched = change.agencies();
        NearestReport nearest = new NearestReport(lookup);
        // Reports of untouched agencies whose copy.nearest the run changes, by source: the best found so far.
        Map<String, NearestReport.Found> others = new TreeMap<>();
        Map<String, Report> otherStored = new HashMap<>();
        NearestReport.Reverse raise = (c, found) -> {
            if (c.agencyId() == null || touched.contains(c.agencyId())) return; // measured in its own right
            NearestReport.Found now = others.containsKey(c.source()) ? others.get(c.source()) : stored(c);
            if (found.beats(now)) {
                others.put(c.source(), found);
                otherStored.putIfAbsent(c.source(), c);
            }
        };
        long written = 0;
        Map<String, Set<String>> idsOf = new HashMap<>();
        for (String agency : touched) {
            List<Report> reports = lookup.reportsOf(agency);
            Set<String> ids = new HashSet<>();
            for (Report r : reports) ids.add(r.id());
            idsOf.put(agency, ids);
            written += runAgency(reports, lookup, sink, nearest, raise);
        }
        // A report that named one of the touched agencies' reports which is gone is measured again, whole.
        Set<String> remeasured = new HashSet<>();
        for (String agency : touched) {
            for (Report d : lookup.namingAgency(agency)) {
                if (d.agencyId() == null || touched.contains(d.agencyId()) || !remeasured.add(d.source())) continue;
                if (idsOf.get(agency).contains(d.copyNearest().id())) continue;
                Report whole = lookup.full(d.source()).orElse(null);
                if (whole == null) continue;
                others.put(d.source(), nearest.find(whole, Shingles.of(whole), null));
                otherStored.put(d.source(), d);
            }
        }
        for (Map.Entry<String, NearestReport.Found> e : others.entrySet()) {
            Report was = otherStored.get(e.getKey());
            if (sameNearest(stored(was), e.getValue())) continue;
            Report whole = lookup.full(e.getKey()).orElse(null);
            if (whole == null) continue;
            sink.upsert(withMeasures(whole, was.figures().get(PREV_YEAR), e.getValue()));
            written++;
        }
        return written;
    }

    private long runAgency(List<Report> reports, ReportLookup lookup, ReportSink sink, NearestReport nearest,
                           NearestReport.Reverse raise) throws IOException {
        AgencyYears years = new AgencyYears(reports);
        Map<String, Shingles> shingles = new HashMap<>();
        long written = 0;
        for (Report r : reports) {
            Report whole = lookup.full(r.source()).orElse(null);
            if (whole == null) continue; // gone since the view was opened
            Shingles mine = shinglesOf(whole, shingles);
            BigDecimal prev = null;
            Report before = years.predecessor(r).orElse(null);
            if (before != null) {
                Shingles theirs = shingles.get(before.source());
                if (theirs == null) {
                    Report p = lookup.full(before.source()).orElse(null);
                    if (p != null) theirs = shinglesOf(p, shingles);
                }
                if (theirs != null) prev = CopyMeasure.share(mine, theirs);
            }
            NearestReport.Found near = nearest.find(whole, mine, raise);
            if (sameValue(r.figures().get(PREV_YEAR), prev) && sameNearest(stored(r), near)) continue;
            sink.upsert(withMeasures(whole, prev, near));
            written++;
        }
        return written;
    }

    private static Shingles shinglesOf(Report r, Map<String, Shingles> cache) {
        return cache.computeIfAbsent(r.source(), s -> Shingles.of(r));
    }

    /** The report's stored copy.nearest, or null. */
    private static NearestReport.Found stored(Report r) {
        BigDecimal share = r.figures().get(NEAREST);
        return share == null || r.copyNearest() == null ? null : new NearestReport.Found(share, r.copyNearest());
    }

    /** The report with these measures; a null one is left out. */
    static Report withMeasures(Report r, BigDecimal prevYear, NearestReport.Found nearest) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>(r.figures());
        figures.remove(PREV_YEAR);
        figures.remove(NEAREST);
        if (prevYear != null) figures.put(PREV_YEAR, prevYear);
        CopyMatch match = null;
        if (nearest != null && nearest.share() != null) {
            figures.put(NEAREST, nearest.share());
            match = nearest.match();
        }
        return r.withCopyNearest(Collections.unmodifiableMap(figures), match);
    }

    private static boolean sameNearest(NearestReport.Found a, NearestReport.Found b) {
        if (a == null || b == null) return a == b;
        return sameValue(a.share(), b.share()) && Objects.equals(a.match(), b.match());
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }
}
