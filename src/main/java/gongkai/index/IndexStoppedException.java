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
