package gongkai.ingest;

/** A file that could not be read; the message is one line that names the reason. */
public final class IngestException extends Exception {
    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
