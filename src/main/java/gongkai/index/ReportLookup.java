package gongkai.index;

import gongkai.report.Report;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A point-in-time view of the reports a {@link ReportSink} holds, read back from the index:
 * what a {@link CorpusPass} needs to compare a report with its neighbours. It sees everything
 * written to the sink before it was opened, committed or not; writes made while it is open do
 * not change what it answers. Not thread-safe.
 */
public interface ReportLookup extends AutoCloseable {

    /** Every held report's agency id, by source; reports without an agency id are left out. */
    Map<String, String> agencyIds() throws IOException;

    /**
     * The agency's reports as stored, in no particular order: metadata, figures and checks,
     * without text or parts (cheap to read, enough to compare figures across reports).
     */
    List<Report> reportsOf(String agencyId) throws IOException;

    /** The whole report of this source as stored, with its text and parts: what is written back. */
    Optional<Report> full(String source) throws IOException;

    /**
     * The reports of {@code year} that share the most of these band terms ({@link Schema#COPY_BANDS}),
     * best first, at most {@code limit}, as {@link #reportsOf} gives them: reports of
     * {@code exceptAgency} and reports without an agency id are left out. A view that holds
     * no band terms finds none.
     */
    default List<Report> sharingBands(int year, String exceptAgency, List<String> bands, int limit) throws IOException {
        return List.of();
    }

    /** The reports whose {@code copy.nearest} names a report of this agency ({@link Schema#COPY_NEAREST_AGENCY}). */
    default List<Report> namingAgency(String agencyId) throws IOException {
        return List.of();
    }

    @Override
    void close() throws IOException;

    /** A view that holds nothing: for sinks that cannot read back what they hold. */
    ReportLookup EMPTY = new ReportLookup() {
        @Override
        public Map<String, String> agencyIds() {
            return Map.of();
        }

        @Override
        public List<Report> reportsOf(String agencyId) {
            return List.of();
        }

        @Override
        public Optional<Report> full(String source) {
            return Optional.empty();
        }

        @Override
        public void close() {
        }
    };
}
