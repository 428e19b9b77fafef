package gongkai.index;

import gongkai.report.Report;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where {@link IndexRun} writes reports: the embedded index ({@link ReportIndexer}) or an
 * OpenSearch cluster. The source path is each document's key; everything written is durable
 * after {@link #commit}, so that a run killed between commits loses only its last batch and
 * the next run redoes it. Thread-safe.
 */
public interface ReportSink extends AutoCloseable {

    /** Adds the report, replacing any document of the same source file. */
    void upsert(Report report) throws IOException;

    /** Adds the report of a source file the sink does not hold yet. */
    default void add(Report report) throws IOException {
        upsert(report);
    }

    /** Removes the document of this source file, if there is one. */
    void delete(String source) throws IOException;

    /** Makes everything written so far durable and visible. */
    void commit() throws IOException;

    /** Every indexed source with its content hash. */
    Map<String, String> indexedSources() throws IOException;

    /** Documents held now. */
    long numDocs() throws IOException;

    /** Where the reports go, for messages: the index folder, or the cluster's index. */
    String where();

    /** What broke the sink for good (a full disk, a tragic event), or null while it works. */
    default Throwable brokenBy() {
        return null;
    }

    /** Documents as of the last commit: what a run that stopped leaves behind. */
    default long committedDocs() throws IOException {
        return numDocs();
    }

    /** Drops what was written since the last commit, where the sink can. */
    default void rollback() throws IOException {
    }

    /**
     * A point-in-time view of what the sink holds now, written or committed, for the
     * {@link CorpusPass}es; a sink that cannot read back gives one that holds nothing.
     */
    default ReportLookup lookup() throws IOException {
        return ReportLookup.EMPTY;
    }

    @Override
    void close() throws IOException;

    /** Opens a sink; figure values that cannot be indexed are described to {@code warnings}. */
    @FunctionalInterface
    interface Factory {
        ReportSink open(Consumer<String> warnings) throws IOException;
    }
}
