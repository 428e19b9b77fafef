package gongkai.index;

import gongkai.ingest.IngestException;
import gongkai.ingest.Ingestor;
import gongkai.report.Report;
import org.apache.lucene.store.AlreadyClosedException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
 * <p>Memory stays bounded: each worker holds one report at a time, and the workers share a
 * cursor over the file list instead of a queue of pending reports.
 */
public final class IndexRun {

    private final IndexRunOptions options;
    private final Supplier<ReportReader> readers;
    private final PrintStream log;
    private final ReportSink.Factory sinks;
    private final List<CorpusPass> passes;

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

    /** @param passes run in this order after the files are written ({@link CorpusPass}) */
    public IndexRun(IndexRunOptions options, Supplier<ReportReader> readers, PrintStream log, ReportSink.Factory sinks,
                    List<CorpusPass> passes) {
        this.options = options;
        this.readers = readers;
        this.log = log;
        this.sinks = sinks;
        this.passes = List.copyOf(passes);
    }

    /** The same run, with these passes after the files are written. */
    public IndexRun withPasses(List<CorpusPass> passes) {
        return new IndexRun(options, readers, log, sinks, passes);
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
        List<IndexSummary.Failure> failures = Collections.synchronizedList(new ArrayList<>(listing.unreadable()));
        try (ReportSink opened = sinks.open(w -> log.println("gongkai index: warning: " + w))) {
            ReportSink indexer = opened;
            ChangeRecordingSink recorder = null;
            Workers workers = null;
            try {
                if (!passes.isEmpty()) {
                    try (ReportLookup before = opened.lookup()) {
                        indexer = recorder = new ChangeRecordingSink(opened, before.agencyIds());
                    }
                }
                Map<String, String> known = new ConcurrentHashMap<>(indexer.indexedSources());
                long pruned = options.prune() ? prune(indexer, known) : 0;
                Batch batch = new Batch(indexer);
                batch.changed(pruned);
                workers = new Workers(listing.files(), indexer, known, failures, batch);
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
                indexer.commit();
                if (recorder != null) runPasses(recorder.change(), opened);
                List<IndexSummary.Failure> sorted = new ArrayList<>(failures);
                sorted.sort((a, b) -> a.source().compareTo(b.source()));
                List<IndexSummary.Failure> nonReports = new ArrayList<>(workers.nonReports);
                nonReports.sort((a, b) -> a.source().compareTo(b.source()));
                return new IndexSummary(workers.indexed.get(), workers.skipped.get(), pruned, sorted, nonReports,
                        workers.duplicates(), indexer.numDocs(), Duration.ofNanos(System.nanoTime() - start));
            } catch (IOException | RuntimeException e) {
                if (workers != null) workers.stop(e);
                throw stopped(indexer, e);
            }
        }
    }

    /**
     * Runs every pass over what the run touched, each on a view that sees the passes before
     * it, and commits after each, so that a run killed during a pass has all files committed
     * and the next run (which finds nothing changed) is the only thing that could miss a pass.
     */
    private void runPasses(CorpusChange change, ReportSink sink) throws IOException {
        if (change.isEmpty()) return;
        for (CorpusPass pass : passes) {
            long start = System.nanoTime();
            long written;
            try (ReportLookup lookup = sink.lookup()) {
                written = pass.run(change, lookup, sink);
            }
            sink.commit();
            log.println("gongkai index: " + pass.name() + ": " + change.agencies().size() + " agencies, "
                    + written + (written == 1 ? " report" : " reports") + " updated in "
                    + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
        }
    }

    /**
     * The one line that ends a run whose index broke: what went wrong and what the index
     * holds. The uncommitted changes are rolled back, so the folder opens at that commit.
     */
    private IndexStoppedException stopped(ReportSink indexer, Exception e) {
        Throwable broken = indexer.brokenBy();
        String why = IndexStoppedException.rootMessage(broken != null ? broken : e);
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
            holds = "its last commit could not be read back (" + IndexStoppedException.rootMessage(readFailure) + ")";
        }
        return new IndexStoppedException("indexing stopped, the index " + indexer.where() + " cannot be written: "
                + why + "; " + holds + "; files already committed are skipped when the run is repeated", committed, e);
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

    /** Commits when enough changes have piled up, or enough time has passed since the last commit. */
    private final class Batch {
        private final ReportSink indexer;
        private final AtomicLong changes = new AtomicLong();
        private long committed;
        private long lastCommit = System.nanoTime();

        Batch(ReportSink indexer) {
            this.indexer = indexer;
        }

        void changed(long n) {
            changes.addAndGet(n);
        }

        void commitIfDue() throws IOException {
            long now = changes.get();
            boolean full = now - committed >= options.commitEvery();
            boolean old = now > committed && System.nanoTime() - lastCommit >= options.commitAfter().toNanos();
            if (full || old) {
                indexer.commit();
                committed = now;
                lastCommit = System.nanoTime();
            }
        }
    }

    /** A file left out as a copy of another, with the content hash they share. */
    private record Copy(Path file, String holder, String hash) {
    }

    /** The worker threads: each takes the next file, reads it and adds it, until none are left. */
    private final class Workers {
        private final List<Path> files;
        private final ReportSink indexer;
        private final Map<String, String> known;
        /**
         * Content hash to the source whose document holds that content. The same report saved
         * twice becomes one document, so that its figures are not counted twice in statistics.
         */
        private final Map<String, String> holders = new ConcurrentHashMap<>();
        private final List<Copy> copies = Collections.synchronizedList(new ArrayList<>());
        private final List<IndexSummary.Failure> failures;
        /** Files that read fine but have none of a report's marks. */
        private final List<IndexSummary.Failure> nonReports = Collections.synchronizedList(new ArrayList<>());
        private final Batch batch;
        private final AtomicInteger cursor = new AtomicInteger();
        private final AtomicLong indexed = new AtomicLong();
        private final AtomicLong skipped = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        /** What broke the index; once set, the workers take no further file. */
        private final AtomicReference<Exception> fatal = new AtomicReference<>();
        private final List<Thread> threads = new ArrayList<>();

        Workers(List<Path> files, ReportSink indexer, Map<String, String> known,
                List<IndexSummary.Failure> failures, Batch batch) {
            this.files = files;
            this.indexer = indexer;
            this.known = known;
            this.failures = failures;
            this.batch = batch;
            // In path order, as the files are read: of copies already indexed, the first keeps its document.
            new TreeMap<>(known).forEach((source, hash) -> holders.putIfAbsent(hash, source));
        }

        void start() {
            for (int i = 0; i < options.threads(); i++) {
                Thread t = new Thread(this::work, "gongkai-index-" + (i + 1));
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
        }

        long done() {
            return indexed.get() + skipped.get() + failed.get() + nonReports.size() + copies.size();
        }

        List<IndexSummary.Duplicate> duplicates() {
            List<IndexSummary.Duplicate> out = new ArrayList<>();
            for (Copy c : copies) out.add(new IndexSummary.Duplicate(c.file().toString(), c.holder()));
            out.sort((a, b) -> a.source().compareTo(b.source()));
            return out;
        }

        /**
         * A copy was left out while another file held its content; if that file changed later
         * in the run, the content is no longer indexed, so the copy is indexed now instead.
         */
        void indexOrphanedDuplicates() throws IOException {
            ReportReader reader = readers.get();
            for (Copy c : List.copyOf(copies)) {
                if (c.holder().equals(holders.get(c.hash()))) continue;
                copies.remove(c);
                indexOne(reader, c.file());
            }
        }

        boolean awaitDone(Duration wait) {
            long deadline = System.nanoTime() + wait.toNanos();
            for (Thread t : threads) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return !anyAlive();
                try {
                    t.join(Duration.ofNanos(left));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
            }
            return !anyAlive();
        }

        private boolean anyAlive() {
            return threads.stream().anyMatch(Thread::isAlive);
        }

        void rethrowFatal() throws IOException {
            Exception e = fatal.get();
            if (e instanceof IOException io) throw io;
            if (e instanceof RuntimeException re) throw re;
            if (e != null) throw new IOException(e.getMessage(), e);
        }

        /** Stops the workers after their current file and waits for them, so that none writes to a rolled-back index. */
        void stop(Exception why) {
            fatal.compareAndSet(null, why);
            for (Thread t : threads) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void work() {
            ReportReader reader = readers.get();
            for (int i = cursor.getAndIncrement(); i < files.size() && fatal.get() == null; i = cursor.getAndIncrement()) {
                Path file = files.get(i);
                try {
                    indexOne(reader, file);
                } catch (IOException | RuntimeException e) {
                    // The index itself failed (disk full, closed writer): no later file can succeed.
                    fatal.compareAndSet(null, e);
                } catch (Error e) {
                    // Out of memory and the like: the run cannot go on, but the user gets one line, not a thread's stack trace.
                    fatal.compareAndSet(null, new IOException("indexing failed: " + e, e));
                }
            }
        }

        private void indexOne(ReportReader reader, Path file) throws IOException {
            String source = file.toString();
            String previous = known.get(source);
            Report report;
            try {
                String hash = Ingestor.sha256(file);
                if (previous != null && !previous.equals(hash)) holders.remove(previous, source); // its old content goes
                String holder = holders.putIfAbsent(hash, source);
                if (holder != null && !holder.equals(source)) {
                    leaveOutCopy(file, previous, holder, hash);
                    return;
                }
                if (hash.equals(previous)) {
                    skipped.incrementAndGet();
                    return;
                }
                report = reader.read(file);
            } catch (NotAReportException e) {
                leaveOut(source, previous, nonReports, e.getMessage());
                return;
            } catch (IngestException e) {
                fail(source, previous, e.getMessage());
                return;
            } catch (IOException e) {
                fail(source, previous, "cannot read file: " + e.getMessage());
                return;
            } catch (RuntimeException | StackOverflowError e) {
                // An extractor bug must cost this file only, never the run.
                fail(source, previous, "extraction failed: " + e);
                return;
            }
            try {
                // A file the index did not hold when the run began has no document to replace.
                if (previous == null) indexer.add(report);
                else indexer.upsert(report);
            } catch (RuntimeException | StackOverflowError e) {
                // A document Lucene refuses (a term too long, say) costs this file only, unless the writer broke with it.
                if (indexer.brokenBy() != null || e instanceof AlreadyClosedException) throw e;
                fail(source, previous, "cannot index: " + e);
                return;
            }
            indexed.incrementAndGet();
            batch.changed(1);
        }

        /** The file has the bytes of {@code holder}'s document: any document of its own goes. */
        private void leaveOutCopy(Path file, String previous, String holder, String hash) throws IOException {
            if (previous != null) {
                indexer.delete(file.toString());
                known.remove(file.toString()); // if the copy is indexed after all, it is new again
                batch.changed(1);
            }
            copies.add(new Copy(file, holder, hash));
        }

        /** Records the failure; a stale document of the file's old content goes, since it no longer says what the file says. */
        private void fail(String source, String previous, String reason) throws IOException {
            leaveOut(source, previous, failures, reason);
            failed.incrementAndGet();
        }

        /** Lists the file with its reason; a document of the file's old content goes, as it no longer says what the file says. */
        private void leaveOut(String source, String previous, List<IndexSummary.Failure> list, String reason) throws IOException {
            if (previous != null) {
                indexer.delete(source);
                holders.remove(previous, source); // a copy of the old content may now be indexed instead
                batch.changed(1);
            }
            list.add(new IndexSummary.Failure(source, reason));
        }
    }
}
