package gongkai.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One run of {@code gongkai index}: lists the files, skips those whose content the index
 * already holds, reads the rest on worker threads and commits in batches.
 *
 * <p>Crash safety comes from the batches: every {@link IndexRunOptions#commitEvery()}
 * changes (or {@link IndexRunOptions#commitAfter()}) the index is committed, so a killed run
 * loses at most the last batch, and the next run skips everything committed because the
 * index already holds those files with the same content hash.
 *
 * <p>A {@link ReportReader} must give each report its file's path ({@code file.toString()})
 * as its source: that is the document's key.
 *
 * <p>The files are read by {@link IndexWorkers}; with {@link CorpusPass}es, each report gets
 * the passes' values before it is written ({@link PassSink}).
 */
public final class IndexRun {

    private final IndexRunOptions options;
    private final Supplier<ReportReader> readers;
    private final PrintStream log;
    private final ReportSink.Factory sinks;
    private final CorpusPasses passes;
    private final List<NeighbourPass> neighbours;

    /**
     * @param readers makes one reader per worker thread (ingest and extract need not be thread-safe)
     * @param log     where the configuration, progress and warnings go (standard error)
     */
    public IndexRun(IndexRunOptions options, Supplier<ReportReader> readers, PrintStream log) {
        this(options, readers, ReportIndexer.Directories.FILE_SYSTEM, log);
    }

    /** @param directories opens the index folder (a test passes one with a size limit) */
    public IndexRun(IndexRunOptions options, Supplier<ReportReader> readers, ReportIndexer.Directories directories,
                    PrintStream log) {
        this(options, readers, log, warnings -> new ReportIndexer(options.indexDir(), directories, warnings));
    }

    /** @param sinks opens where the reports go: the embedded index, or a cluster */
    public IndexRun(IndexRunOptions options, Supplier<ReportReader> readers, PrintStream log, ReportSink.Factory sinks) {
        this(options, readers, log, sinks, List.of());
    }

    /** @param passes applied in this order to every report before it is written ({@link CorpusPass}) */
    public IndexRun(IndexRunOptions options, Supplier<ReportReader> readers, PrintStream log, ReportSink.Factory sinks,
                    List<CorpusPass> passes) {
        this(options, readers, log, sinks, passes, List.of());
    }

    private IndexRun(IndexRunOptions options, Supplier<ReportReader> readers, PrintStream log, ReportSink.Factory sinks,
                     List<CorpusPass> passes, List<NeighbourPass> neighbours) {
        this.options = options;
        this.readers = readers;
        this.log = log;
        this.sinks = sinks;
        this.passes = new CorpusPasses(passes);
        this.neighbours = List.copyOf(neighbours);
    }

    /** The same run, with these passes applied to its reports. */
    public IndexRun withPasses(List<CorpusPass> passes) {
        return new IndexRun(options, readers, log, sinks, passes, neighbours);
    }

    /** The same run, with these passes over other agencies' reports after its files are committed ({@link NeighbourPass}). */
    public IndexRun withNeighbourPasses(List<NeighbourPass> neighbours) {
        return new IndexRun(options, readers, log, sinks, passes.passes(), neighbours);
    }

    public IndexRun(IndexRunOptions options, PrintStream log) {
        this(options, ReportReader::standard, log);
    }

    /** Runs to the end with no progress display. */
    public IndexSummary run() throws IOException {
        return run(RunProgress::none);
    }

    /**
     * Runs to the end; per-file failures are in the summary. An index that cannot be written
     * stops the run with {@link IndexStoppedException}, the index rolled back to its last commit.
     */
    public IndexSummary run(RunProgress.Factory progressFactory) throws IOException {
        long start = System.nanoTime();
        log.println("gongkai index: " + options.describe());
        ReportFiles.Listing listing = new ReportFiles().list(options.paths());
        RunTally tally = new RunTally(listing.unreadable());
        try (ReportSink opened = sinks.open(w -> log.println("gongkai index: warning: " + w))) {
            ReportSink indexer = opened;
            PassSink passSink = null;
            IndexWorkers workers = null;
            try {
                if (!passes.isEmpty() || !neighbours.isEmpty()) indexer = passSink = new PassSink(opened, passes, opened.lookup(), tally::refusedAfterAll);
                Map<String, String> known = new ConcurrentHashMap<>(indexer.indexedSources());
                long pruned = options.prune() ? prune(indexer, known) : 0;
                CommitBatch batch = new CommitBatch(indexer, options.commitEvery(), options.commitAfter());
                batch.changed(pruned);
                workers = new IndexWorkers(listing.files(), indexer, known, tally, batch, options.threads(), readers,
                        passSink == null ? IndexWorkers.HeldBack.NONE : passSink::writeOneWaiting);
                try (RunProgress progress = progressFactory.start("indexing", listing.files().size())) {
                    workers.start();
                    while (!workers.awaitDone(Duration.ofMillis(100))) {
                        progress.update(workers.done());
                        batch.commitIfDue();
                    }
                    progress.update(workers.done());
                }
                workers.rethrowFatal();
                workers.indexOrphanedDuplicates();
                if (passSink != null) passSink.finish();
                indexer.commit();
                if (passSink != null && !passes.isEmpty()) reconcile(passSink, opened);
                if (passSink != null) runNeighbours(passSink.changes().touched(), opened);
                return new IndexSummary(tally.indexed.get(), tally.skipped.get(), pruned, RunTally.sorted(tally.failures),
                        RunTally.sorted(tally.nonReports), workers.duplicates(), indexer.numDocs(),
                        Duration.ofNanos(System.nanoTime() - start));
            } catch (IOException | RuntimeException e) {
                if (workers != null) workers.stop(e);
                throw IndexStoppedException.of(indexer, e);
            } finally {
                if (passSink != null) passSink.close();
            }
        }
    }

    /**
     * Sets right, after the run's commit, the pass values the run's writes could not settle
     * ({@link PassReconciliation}), and commits again, so that a run killed here has all its
     * files committed, each with the values its year before gave when it was written.
     */
    private void reconcile(PassSink run, ReportSink sink) throws IOException {
        long start = System.nanoTime();
        PassReconciliation.Outcome o;
        try (ReportLookup lookup = sink.lookup()) {
            o = new PassReconciliation(passes, run.changes()).run(lookup, sink);
        }
        sink.commit();
        log.println("gongkai index: " + passes.names() + ": " + o.agencies() + " agencies touched, "
                + o.derived() + " reports derived again, " + o.written() + (o.written() == 1 ? " report" : " reports")
                + " written again, in " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
    }

    /** Runs each {@link NeighbourPass} over what the index holds after the run, and commits after each. */
    private void runNeighbours(java.util.SortedSet<String> touched, ReportSink sink) throws IOException {
        if (touched.isEmpty()) return;
        for (NeighbourPass pass : neighbours) {
            long start = System.nanoTime();
            long written;
            try (ReportLookup lookup = sink.lookup()) {
                written = pass.run(touched, lookup, sink);
            }
            sink.commit();
            log.println("gongkai index: " + pass.name() + ": " + touched.size() + " agencies touched, " + written
                    + (written == 1 ? " report" : " reports") + " written again, in "
                    + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
        }
    }

    /** Removes the documents whose file is gone; returns how many. */
    private static long prune(ReportSink indexer, Map<String, String> known) throws IOException {
        long n = 0;
        for (String source : List.copyOf(known.keySet())) {
            if (!Files.exists(Path.of(source))) {
                indexer.delete(source);
                known.remove(source);
                n++;
            }
        }
        return n;
    }
}
