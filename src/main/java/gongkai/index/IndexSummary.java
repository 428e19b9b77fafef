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
 * @param duplicates files left out because another file with the same bytes is indexed
 * @param docs       documents in the index at the end
 * @param elapsed    wall-clock time of the run
 */
public record IndexSummary(long indexed, long skipped, long pruned, List<Failure> failures,
                           List<Duplicate> duplicates, long docs, Duration elapsed) {

    /** One file that could not be indexed, and why, in one line. */
    public record Failure(String source, String reason) {
    }

    /** A file whose bytes are those of {@code sameAs}, which the index holds instead. */
    public record Duplicate(String source, String sameAs) {
    }

    public IndexSummary {
        failures = List.copyOf(failures);
        duplicates = List.copyOf(duplicates);
    }

    public boolean anyFailed() {
        return !failures.isEmpty();
    }

    /** {@code 12 indexed, 3 skipped (unchanged), 1 failed in 4.2 s}. */
    public String line() {
        return indexed + " indexed, " + skipped + " skipped (unchanged), " + failures.size() + " failed"
                + (duplicates.isEmpty() ? "" : ", " + duplicates.size() + " duplicate" + (duplicates.size() == 1 ? "" : "s"))
                + (pruned > 0 ? ", " + pruned + " pruned" : "")
                + " in " + RunProgress.format(elapsed) + "; " + docs + " reports in the index";
    }
}
