package gongkai.index;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The changes of a run since its last commit: committed when enough have piled up, or enough
 * time has passed, so that a killed run loses at most one batch.
 */
final class CommitBatch {

    private final ReportSink indexer;
    private final long every;
    private final Duration after;
    private final AtomicLong changes = new AtomicLong();
    private long committed;
    private long lastCommit = System.nanoTime();

    /** Commits every {@code every} changes, or {@code after} the last commit when anything changed. */
    CommitBatch(ReportSink indexer, long every, Duration after) {
        this.indexer = indexer;
        this.every = every;
        this.after = after;
    }

    void changed(long n) {
        changes.addAndGet(n);
    }

    /** Called from one thread only, the run's. */
    void commitIfDue() throws IOException {
        long now = changes.get();
        boolean full = now - committed >= every;
        boolean old = now > committed && System.nanoTime() - lastCommit >= after.toNanos();
        if (full || old) {
            indexer.commit();
            committed = now;
            lastCommit = System.nanoTime();
        }
    }
}
