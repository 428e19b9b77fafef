package gongkai.diff;

/** A report (or the year before of one) that the index does not have; the message says which, in both languages. */
public final class UnknownReportException extends RuntimeException {

    public UnknownReportException(String message) {
        super(message);
    }
}
