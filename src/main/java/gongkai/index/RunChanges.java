package gongkai.index;

import gongkai.report.Report;

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

    private final Map<String, String> agencyBefore;
    private final Map<String, Basis> basis = new ConcurrentHashMap<>();
    private final Set<String> touched = ConcurrentHashMap.newKeySet();
    private final Set<String> removedFrom = ConcurrentHashMap.newKeySet();
    private final Set<String> writtenYears = ConcurrentHashMap.newKeySet();

    /** @param agencyBefore each source's agency id when the run began */
    RunChanges(Map<String, String> agencyBefore) {
        this.agencyBefore = agencyBefore;
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
            if (report.year() != null) writtenYears.add(key(report.agencyId(), report.year()));
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
    }

    static String key(String agency, int year) {
        return agency + '\u0000' + year;
    }
}
