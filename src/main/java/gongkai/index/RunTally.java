package gongkai.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** What became of a run's files so far, counted from every worker thread at once. */
final class RunTally {

    final AtomicLong indexed = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    /** Files that could not be read or indexed, with why. */
    final List<IndexSummary.Failure> failures;
    /** Files that read fine but have none of a report's marks. */
    final List<IndexSummary.Failure> nonReports = Collections.synchronizedList(new ArrayList<>());

    /** @param unreadable the files the listing could not read */
    RunTally(List<IndexSummary.Failure> unreadable) {
        failures = Collections.synchronizedList(new ArrayList<>(unreadable));
    }

    void fail(String source, String reason) {
        failures.add(new IndexSummary.Failure(source, reason));
        failed.incrementAndGet();
    }

    /** A file counted as indexed whose report the index refused later, when a held-back write was made. */
    void refusedAfterAll(String source, String reason) {
        indexed.decrementAndGet();
        fail(source, reason);
    }

    static List<IndexSummary.Failure> sorted(List<IndexSummary.Failure> list) {
        List<IndexSummary.Failure> out = new ArrayList<>(list);
        out.sort((a, b) -> a.source().compareTo(b.source()));
        return out;
    }
}
