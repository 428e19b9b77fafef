package gongkai.index;

/**
 * A file that reads fine but is not an annual report (a note, a spreadsheet, a site's list
 * page): it is left out of the index and listed apart from the files that failed.
 */
public final class NotAReportException extends Exception {
    public NotAReportException(String reason) {
        super(reason);
    }
}
