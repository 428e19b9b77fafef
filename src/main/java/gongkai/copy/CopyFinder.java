package gongkai.copy;

import gongkai.report.Report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out {@code copy.prev_year} and {@code copy.nearest} for a set of reports. The year
 * before is one exact comparison per report (same agency id, year − 1). The nearest report of
 * another agency is found in two steps: {@link LshIndex} over the year's signatures gives the
 * candidates, and {@link CopyMeasure} is computed exactly on each candidate only — never on
 * every pair of the year.
 */
public final class CopyFinder {

    /** One report as the finder sees it: who, when, and its shingles. */
    public record Entry(String id, String agencyId, Integer year, Shingles shingles, MinHashSignature signature) {

        public static Entry of(String id, Report r) {
            Shingles s = Shingles.of(r);
            return new Entry(id, r.agencyId(), r.year(), s, MinHashSignature.of(s));
        }
    }

    /**
     * The measures of one report; a null value is missing (no report of the year before, no
     * candidate of another agency, or no text in the parts).
     */
    public record Result(BigDecimal prevYear, String prevYearId, BigDecimal nearest, String nearestId) {
    }

    /** The measures of every entry, by id. */
    public Map<String, Result> find(List<Entry> entries) {
        Map<String, Entry> byAgencyYear = new HashMap<>();
        Map<Integer, LshIndex<Entry>> byYear = new HashMap<>();
        for (Entry e : entries) {
            if (e.year() == null) continue;
            if (e.agencyId() != null) byAgencyYear.put(e.agencyId() + "|" + e.year(), e);
            byYear.computeIfAbsent(e.year(), y -> new LshIndex<>()).add(e, e.signature());
        }
        Map<String, Result> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            BigDecimal prev = null;
            String prevId = null;
            if (e.year() != null && e.agencyId() != null) {
                Entry before = byAgencyYear.get(e.agencyId() + "|" + (e.year() - 1));
                if (before != null) {
                    prev = CopyMeasure.share(e.shingles(), before.shingles());
                    if (prev != null) prevId = before.id();
                }
            }
            BigDecimal near = null;
            String nearId = null;
            if (e.year() != null) {
                List<Entry> cands = new ArrayList<>(byYear.get(e.year()).candidates(e.signature()));
                for (Entry c : cands) {
                    if (c == e || c.id().equals(e.id())) continue;
                    if (e.agencyId() != null && e.agencyId().equals(c.agencyId())) continue;
                    BigDecimal s = CopyMeasure.share(e.shingles(), c.shingles());
                    if (s == null || s.compareTo(NearestReport.NAMED_FROM) < 0) continue; // template-level: not named
                    // Ties go to the smaller id, so the named report does not depend on input order.
                    if (near == null || s.compareTo(near) > 0 || s.compareTo(near) == 0 && c.id().compareTo(nearId) < 0) {
                        near = s;
                        nearId = c.id();
                    }
                }
            }
            out.put(e.id(), new Result(prev, prevId, near, nearId));
        }
        return out;
    }
}
