package gongkai.index;

import java.io.IOException;

/**
 * The index could not be written (a full disk, a writer closed by a failed flush or merge),
 * so the run stopped: no later file could have been added. The message is one line for the
 * user: what happened and what the index holds now, its last commit.
 */
public final class IndexStoppedException extends IOException {

    private final long committedDocs;

    public IndexStoppedException(String message, long committedDocs, Throwable cause) {
        super(message, cause);
        this.committedDocs = committedDocs;
    }

    /** Reports in the index's last commit, which is what the index opens at after this run. */
    public long committedDocs() {
        return committedDocs;
    }

    /**
     * The one line that ends a run whose index broke: what went wrong and what the index
     * holds. The uncommitted changes are rolled back, so the folder opens at that commit.
     */
    static IndexStoppedException of(ReportSink indexer, Exception e) {
        Throwable broken = indexer.brokenBy();
        String why = rootMessage(broken != null ? broken : e);
        try {
            indexer.rollback();
        } catch (IOException | RuntimeException ignored) {
            // a writer closed by a tragic event has already dropped its uncommitted changes
        }
        String holds;
        long committed = -1;
        try {
            committed = indexer.committedDocs();
            holds = "the index holds its last commit, " + committed + (committed == 1 ? " report" : " reports");
        } catch (IOException | RuntimeException readFailure) {
            holds = "its last commit could not be read back (" + rootMessage(readFailure) + ")";
        }
        return new IndexStoppedException("indexing stopped, the index " + indexer.where() + " cannot be written: "
                + why + "; " + holds + "; files already committed are skipped when the run is repeated", committed, e);
    }

    /** The innermost message of a chain of causes: {@code No space left on device}, not the wrapper around it. */
    static String rootMessage(Throwable t) {
        String message = null;
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) message = c.getMessage();
            else if (message == null) message = c.getClass().getSimpleName();
        }
        return message == null ? t.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
