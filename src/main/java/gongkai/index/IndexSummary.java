package gongkai.index;

import java.time.Duration;
import java.util.List;

/**
 * What an indexing run did.
 *
 * @param indexed  reports added or replaced
 * @param skipped  files left alone because the index already holds their current content
 * @param pruned   documents removed because their file is gone
 * @param failures   files that could not be indexed, each with its reason
 * @param nonReports files left out because they have none of a report's marks, each with the marks it lacks
 * @param duplicates files left out because another file with the same bytes is indexed
 * @param docs       documents in the index at the end
 * @param elapsed    wall-clock time of the run
 */
public record IndexSummary(long indexed, long skipped, long pruned, List<Failure> failures,
                           List<Failure> nonReports, List<Duplicate> duplicates, long docs, Duration elapsed) {

    /** One file that could not be indexed, and why, in one line. */
    public record Failure(String source, String reason) {
    }

    /** A file whose bytes are those of {@code sameAs}, which the index holds instead. */
    public record Duplicate(String source, String sameAs) {
    }

    public IndexSummary {
        failures = List.copyOf(failures);
        nonReports = List.copyOf(nonReports);
        duplicates = List.copyOf(duplicates);
    }

    public boolean anyFailed() {
        return !failures.isEmpty();
    }

    /** {@code 12 indexed, 3 skipped (unchanged), 1 failed, 2 not reports in 4.2 s; 15 reports in the index}. */
    public String line() {
        return indexed + " indexed, " + skipped + " skipped (unchanged), " + failures.size() + " failed"
                + (nonReports.isEmpty() ? "" : ", " + nonReports.size() + " not " + (nonReports.size() == 1 ? "a report" : "reports"))
                + (duplicates.isEmpty() ? "" : ", " + duplicates.size() + " duplicate" + (duplicates.size() == 1 ? "" : "s"))
                + (pruned > 0 ? ", " + pruned + " pruned" : "")
                + " in " + RunProgress.format(elapsed) + "; " + docs + " reports in the index";
    }
}
