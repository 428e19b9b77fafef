package gongkai.index;

import gongkai.report.Report;
import org.apache.lucene.store.AlreadyClosedException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sink a run with {@link CorpusPass}es writes through: every report gets the passes'
 * values before it is written, so that a report is written once, not once by the run and
 * again by each pass. Its year before is looked up among the reports this run wrote (the last
 * {@value #RECENT} agency-years are kept, as the passes read a year before:
 * {@link CorpusPasses#asYearBefore}) and among those the index held when the run
 * began. A report whose year before is in neither waits, up to {@value #WAITING} of them, for
 * it to be written: files are read in path order, where an agency's years lie side by side,
 * and the worker threads read neighbours at the same time, so the year before is often still
 * being read. A report still waiting when the wait is full, or at the end of the run, is
 * written without it.
 *
 * <p>Whatever this guesses wrong (a year before that was replaced or removed later in the
 * run, a second report of the same year that came after, a year before that had left the
 * recent ones) is set right by {@link PassReconciliation} after the run, from what it notes
 * in {@link RunChanges}: which year before each report's values were derived from, and the
 * agencies the run touched. Thread-safe: the workers call it at once.
 */
final class PassSink extends ForwardingReportSink {

    /** Agency-years whose reports are kept as years before of reports to come, as the passes read them. */
    static final int RECENT = 256;
    /** Reports held back until their year before is written. */
    static final int WAITING = 64;

    /** Told of a held-back report the index refused when it was written at last. */
    @FunctionalInterface
    interface Refusals {
        void refused(String source, String reason);
    }

    private record Waiting(Report report, boolean replace) {
    }

    /**
     * A report to write, with its year before: as the passes read it ({@link CorpusPasses#asYearBefore}),
     * or as listed at the start (read whole when written, if a pass reads it whole).
     */
    private record Task(Report report, boolean replace, Report before, boolean beforeWhole) {
    }

    private final CorpusPasses passes;
    private final ReportLookup start;
    private final Map<String, String> agencyBefore;
    private final Set<String> agenciesBefore;
    private final Refusals refusals;
    /** The index's reports at the start, by agency, without text: read once per agency the run meets. */
    private final Map<String, List<Report>> heldAtStart = new ConcurrentHashMap<>();

    // Guarded by this.
    private final Map<String, List<Report>> recent = new LinkedHashMap<>(RECENT, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Report>> eldest) {
            return size() > RECENT;
        }
    };
    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    private final Map<String, String> written = new java.util.HashMap<>();
    private final Set<String> deleted = new HashSet<>();

    private final RunChanges changes;

    /**
     * @param start    a view of the sink opened before the run wrote anything; closed with this sink
     * @param refusals told of a held-back report that could not be written
     */
    PassSink(ReportSink sink, CorpusPasses passes, ReportLookup start, Refusals refusals) throws IOException {
        super(sink);
        this.passes = passes;
        this.start = start;
        this.agencyBefore = start.agencyIds();
        this.agenciesBefore = new HashSet<>(agencyBefore.values());
        this.refusals = refusals;
        this.changes = new RunChanges(agencyBefore);
    }

    /** What the run changed, for {@link PassReconciliation}. */
    RunChanges changes() {
        return changes;
    }

    @Override
    public void upsert(Report report) throws IOException {
        write(report, true);
    }

    @Override
    public void add(Report report) throws IOException {
        write(report, false);
    }

    private void write(Report report, boolean replace) throws IOException {
        changes.note(report.source(), report);
        String agency = report.agencyId();
        Integer year = report.year();
        List<Task> tasks = new ArrayList<>();
        if (agency == null || year == null) {
            synchronized (this) {
                written.put(report.source(), report.contentHash());
                deleted.remove(report.source());
            }
            tasks.add(new Task(report, replace, null, true));
        } else {
            List<Report> held = held(agency);
            synchronized (this) {
                written.put(report.source(), report.contentHash());
                deleted.remove(report.source());
                List<Report> same = recent.computeIfAbsent(key(agency, year), k -> new ArrayList<>());
                same.removeIf(r -> r.source().equals(report.source()));
                same.add(passes.asYearBefore(report));
                Task own = task(report, replace, held);
                if (own != null) tasks.add(own);
                else {
                    waiting.put(report.source(), new Waiting(report, replace));
                    if (waiting.size() > WAITING) {
                        Iterator<Waiting> eldest = waiting.values().iterator();
                        Waiting w = eldest.next();
                        eldest.remove();
                        tasks.add(settled(w));
                    }
                }
                for (Iterator<Waiting> it = waiting.values().iterator(); it.hasNext(); ) {
                    Waiting w = it.next();
                    if (agency.equals(w.report().agencyId()) && w.report().year() == year + 1) {
                        it.remove();
                        tasks.add(settled(w));
                    }
                }
            }
        }
        for (Task t : tasks) put(t, t.report() == report);
    }

    /** Writes every report still waiting, without the year before that did not come. */
    void finish() throws IOException {
        while (writeOneWaiting()) {
            // each call writes the eldest
        }
    }

    /**
     * Writes the eldest report still waiting, with its year before if it has come by now;
     * false when none waits. Every worker calls this once all files are read, so that the
     * reports held back to the end (an agency's first year waits for a year before that never
     * comes) are written on all threads, not on the run's alone.
     */
    boolean writeOneWaiting() throws IOException {
        Task t;
        synchronized (this) {
            Iterator<Waiting> eldest = waiting.values().iterator();
            if (!eldest.hasNext()) return false;
            Waiting w = eldest.next();
            eldest.remove();
            t = settled(w);
        }
        put(t, false);
        return true;
    }

    /** The report with its year before as known now, or null when none is known yet. Holds the lock. */
    private Task task(Report report, boolean replace, List<Report> held) {
        int year = report.year();
        Map<String, Report> candidates = new LinkedHashMap<>();
        for (Report r : recent.getOrDefault(key(report.agencyId(), year - 1), List.of())) candidates.put(r.source(), r);
        boolean fromRun = !candidates.isEmpty();
        for (Report r : held) {
            if (r.year() == null || r.year() != year - 1 || candidates.containsKey(r.source())) continue;
            if (deleted.contains(r.source())) continue;
            String now = written.get(r.source());
            if (now != null && !now.equals(r.contentHash())) continue; // replaced by this run
            candidates.put(r.source(), r);
            fromRun = false;
        }
        if (candidates.isEmpty()) return null;
        // Two reports of the year before: no predecessor (AgencyYears), so none is used.
        if (candidates.size() > 1) return new Task(report, replace, null, true);
        Report before = candidates.values().iterator().next();
        return new Task(report, replace, before, fromRun);
    }

    /** A waiting report as it must be written now: with the year before known, or without one. Holds the lock. */
    private Task settled(Waiting w) {
        Task t = task(w.report(), w.replace(), heldAtStart.getOrDefault(w.report().agencyId(), List.of()));
        return t != null ? t : new Task(w.report(), w.replace(), null, true);
    }

    private void put(Task t, boolean own) throws IOException {
        Report before = t.before();
        if (before != null && !t.beforeWhole() && passes.readYearBeforeWhole()) {
            synchronized (start) {
                before = start.full(before.source()).orElse(null);
            }
        }
        Report out = passes.apply(t.report(), before);
        String source = t.report().source();
        changes.derived(t.report(), before);
        try {
            if (t.replace()) forwardedTo().upsert(out);
            else forwardedTo().add(out);
        } catch (RuntimeException | StackOverflowError e) {
            changes.forget(source);
            // The caller's own report fails as it would without passes; a held-back one is its own file's failure.
            if (own || forwardedTo().brokenBy() != null || e instanceof AlreadyClosedException) throw e;
            refusals.refused(source, "cannot index: " + e);
        }
    }

    /** The index's reports of this agency at the start of the run (none when it held none). */
    private List<Report> held(String agency) throws IOException {
        if (!agenciesBefore.contains(agency)) return List.of();
        List<Report> found = heldAtStart.get(agency);
        if (found != null) return found;
        synchronized (start) {
            found = List.copyOf(start.reportsOf(agency));
        }
        heldAtStart.putIfAbsent(agency, found);
        return found;
    }

    private static String key(String agency, int year) {
        return RunChanges.key(agency, year);
    }

    @Override
    public void delete(String source) throws IOException {
        forwardedTo().delete(source);
        changes.note(source, null);
        changes.forget(source);
        synchronized (this) {
            deleted.add(source);
            written.remove(source);
            waiting.remove(source);
            for (List<Report> same : recent.values()) same.removeIf(r -> r.source().equals(source));
        }
    }

    /** Closes the view of the start; the run closes the sink it opened. */
    @Override
    public void close() throws IOException {
        start.close();
    }
}
