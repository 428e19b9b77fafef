package gongkai.index;

import gongkai.report.Report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a run with {@link CorpusPass}es changed, as {@link PassReconciliation} needs it: the
 * agencies touched, those that lost a report, the agency-years written, and for each report
 * written what its pass values were derived from. Noted by {@link PassSink} from every worker
 * thread at once.
 */
final class RunChanges {

    /**
     * What a report's pass values were derived from: its own content and its year before's
     * ({@code beforeSource} null when it had none).
     */
    record Basis(String hash, String beforeSource, String beforeHash) {

        boolean matches(Report report, Report yearBefore) {
            return Objects.equals(hash, report.contentHash())
                    && (yearBefore == null ? beforeSource == null
                    : yearBefore.source().equals(beforeSource) && Objects.equals(yearBefore.contentHash(), beforeHash));
        }
    }

    /** A report this run wrote, as the reconciliation needs it. */
    private record Written(String source, int year, String hash) {
    }

    private final Map<String, String> agencyBefore;
    private final Set<String> agenciesBefore;
    /** Agency to source to the report written, for the agencies' reports of known year. */
    private final Map<String, Map<String, Written>> writtenByAgency = new ConcurrentHashMap<>();
    private final Map<String, Basis> basis = new ConcurrentHashMap<>();
    private final Set<String> touched = ConcurrentHashMap.newKeySet();
    private final Set<String> removedFrom = ConcurrentHashMap.newKeySet();
    private final Set<String> writtenYears = ConcurrentHashMap.newKeySet();

    /** @param agencyBefore each source's agency id when the run began */
    RunChanges(Map<String, String> agencyBefore) {
        this.agencyBefore = agencyBefore;
        this.agenciesBefore = Set.copyOf(agencyBefore.values());
    }

    /**
     * True when the index held no report of this agency before the run and every report of it
     * written since got its values from the year before it has now: the index's reports of the
     * agency are then exactly the ones written, and none needs to be read back. On a first run
     * this settles every agency whose years were written in order or waited for.
     */
    boolean settled(String agency) {
        if (agenciesBefore.contains(agency) || removedFrom.contains(agency)) return false;
        Map<String, Written> mine = writtenByAgency.get(agency);
        if (mine == null) return false;
        Map<Integer, List<Written>> byYear = new HashMap<>();
        for (Written w : mine.values()) byYear.computeIfAbsent(w.year(), y -> new ArrayList<>()).add(w);
        for (Written w : mine.values()) {
            Basis b = basis.get(w.source());
            if (b == null || !Objects.equals(b.hash(), w.hash())) return false;
            List<Written> before = byYear.get(w.year() - 1);
            // As AgencyYears has it: one report of the year before is the predecessor, two are none.
            Written p = before != null && before.size() == 1 ? before.get(0) : null;
            boolean same = p == null ? b.beforeSource() == null
                    : p.source().equals(b.beforeSource()) && Objects.equals(p.hash(), b.beforeHash());
            if (!same) return false;
        }
        return true;
    }

    /** The agency of every report added, changed or removed (both the old and the new agency of a changed one). */
    SortedSet<String> touched() {
        return new TreeSet<>(touched);
    }

    /** True when a report the index held of this agency was replaced or removed. */
    boolean removedFrom(String agency) {
        return removedFrom.contains(agency);
    }

    /** True when this run wrote a report of this agency and year. */
    boolean wrote(String agency, int year) {
        return writtenYears.contains(key(agency, year));
    }

    /** What the report of this source written by this run was derived from, or null. */
    Basis basis(String source) {
        return basis.get(source);
    }

    /** A report of this source is written ({@code report}) or removed (null). */
    void note(String source, Report report) {
        String before = agencyBefore.get(source);
        if (before != null) {
            touched.add(before);
            removedFrom.add(before);
        }
        if (report != null && report.agencyId() != null) {
            touched.add(report.agencyId());
            if (report.year() != null) {
                writtenYears.add(key(report.agencyId(), report.year()));
                writtenByAgency.computeIfAbsent(report.agencyId(), a -> new ConcurrentHashMap<>())
                        .put(source, new Written(source, report.year(), report.contentHash()));
            }
        }
    }

    /** The report's pass values were derived against {@code yearBefore} (null: none). */
    void derived(Report report, Report yearBefore) {
        basis.put(report.source(), new Basis(report.contentHash(), yearBefore == null ? null : yearBefore.source(),
                yearBefore == null ? null : yearBefore.contentHash()));
    }

    /** The source's report was not written after all, or was removed. */
    void forget(String source) {
        basis.remove(source);
        for (Map<String, Written> mine : writtenByAgency.values()) mine.remove(source);
    }

    static String key(String agency, int year) {
        return agency + '\u0000' + year;
    }
}
