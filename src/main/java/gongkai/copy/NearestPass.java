package gongkai.copy;

import gongkai.index.NeighbourPass;
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
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Stores {@code copy.nearest} at indexing time: the {@link CopyMeasure} share of a report's six
 * parts' text found in the most similar report of another agency of the same year, which is
 * named ({@link Report#copyNearest()}). Found by {@link NearestReport} through the LSH band
 * terms every report is indexed with ({@link CopyBands}), so a report indexed in a later run
 * finds its neighbours among the reports already indexed.
 *
 * <p>Every report of a touched agency is measured. A report of another agency changes too
 * when the run brings it a nearer report (a new report found it as a candidate, and more of
 * its text is in the new one than in the one it named), or when the report it named is gone:
 * then it is measured again, whole. The cost follows what the run changed, not the size of the
 * index; a report is written back only when its measure changed, so most reports, which have
 * no near neighbour, are written once, by the run.
 */
public final class NearestPass implements NeighbourPass {

    public static final String NEAREST = "copy.nearest";

    @Override
    public String name() {
        return "nearest copies";
    }

    @Override
    public long run(SortedSet<String> touched, ReportLookup lookup, ReportSink sink) throws IOException {
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
            for (Report r : reports) {
                Report whole = lookup.full(r.source()).orElse(null);
                if (whole == null) continue; // gone since the view was opened
                NearestReport.Found near = nearest.find(whole, Shingles.of(whole), raise);
                if (same(stored(r), near)) continue;
                sink.upsert(withNearest(whole, near));
                written++;
            }
        }
        // A report that named one of the touched agencies' reports which is gone is measured again, whole.
        Set<String> remeasured = new HashSet<>();
        for (String agency : touched) {
            for (Report d : lookup.namingAgency(agency)) {
                if (d.agencyId() == null || touched.contains(d.agencyId()) || !remeasured.add(d.source())) continue;
                if (d.copyNearest() == null || idsOf.get(agency).contains(d.copyNearest().id())) continue;
                Report whole = lookup.full(d.source()).orElse(null);
                if (whole == null) continue;
                others.put(d.source(), nearest.find(whole, Shingles.of(whole), null));
                otherStored.put(d.source(), d);
            }
        }
        for (Map.Entry<String, NearestReport.Found> e : others.entrySet()) {
            if (same(stored(otherStored.get(e.getKey())), e.getValue())) continue;
            Report whole = lookup.full(e.getKey()).orElse(null);
            if (whole == null) continue;
            sink.upsert(withNearest(whole, e.getValue()));
            written++;
        }
        return written;
    }

    /** The report's stored copy.nearest, or null. */
    private static NearestReport.Found stored(Report r) {
        BigDecimal share = r.figures().get(NEAREST);
        return share == null || r.copyNearest() == null ? null : new NearestReport.Found(share, r.copyNearest());
    }

    /** The report with this copy.nearest, or without one when it is null; its other figures kept. */
    static Report withNearest(Report r, NearestReport.Found nearest) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>(r.figures());
        figures.remove(NEAREST);
        CopyMatch match = null;
        if (nearest != null && nearest.share() != null) {
            figures.put(NEAREST, nearest.share());
            match = nearest.match();
        }
        return r.withCopyNearest(Collections.unmodifiableMap(figures), match);
    }

    private static boolean same(NearestReport.Found a, NearestReport.Found b) {
        if (a == null || b == null) return a == b;
        return a.share().compareTo(b.share()) == 0 && Objects.equals(a.match(), b.match());
    }
}
