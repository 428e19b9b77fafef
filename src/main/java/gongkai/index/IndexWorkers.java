package gongkai.index;

import gongkai.ingest.IngestException;
import gongkai.ingest.Ingestor;
import gongkai.report.Report;
import org.apache.lucene.store.AlreadyClosedException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The worker threads of a run: each takes the next file, reads it and adds it, until none are
 * left. Memory stays bounded: each worker holds one report at a time, and the workers share a
 * cursor over the file list instead of a queue of pending reports.
 */
final class IndexWorkers {

    /** A file left out as a copy of another, with the content hash they share. */
    private record Copy(Path file, String holder, String hash) {
    }

    private final List<Path> files;
    private final ReportSink indexer;
    private final Map<String, String> known;
    /**
     * Content hash to the source whose document holds that content. The same report saved
     * twice becomes one document, so that its figures are not counted twice in statistics.
     */
    private final Map<String, String> holders = new ConcurrentHashMap<>();
    private final List<Copy> copies = Collections.synchronizedList(new ArrayList<>());
    private final RunTally tally;
    private final CommitBatch batch;
    private final int threadCount;
    private final Supplier<ReportReader> readers;
    private final AtomicInteger cursor = new AtomicInteger();
    /** What broke the index; once set, the workers take no further file. */
    private final AtomicReference<Exception> fatal = new AtomicReference<>();
    private final List<Thread> threads = new ArrayList<>();
    private final HeldBack heldBack;
    /** Counted down by each worker when no file is left for it: the held-back reports go after the last. */
    private final CountDownLatch filesDone;

    /** Reports the sink held back ({@link PassSink}): each call writes one, false when none is left. */
    @FunctionalInterface
    interface HeldBack {
        boolean writeOne() throws IOException;

        HeldBack NONE = () -> false;
    }

    /**
     * @param known   every source the index holds with its content hash; the workers keep it up to date
     * @param readers makes one reader per worker thread
     */
    IndexWorkers(List<Path> files, ReportSink indexer, Map<String, String> known, RunTally tally, CommitBatch batch,
                 int threads, Supplier<ReportReader> readers) {
        this(files, indexer, known, tally, batch, threads, readers, HeldBack.NONE);
    }

    /**
     * @param heldBack written by all workers once every file has been read, while the slowest
     *                 worker's last report may still be the year before one of them waits for
     */
    IndexWorkers(List<Path> files, ReportSink indexer, Map<String, String> known, RunTally tally, CommitBatch batch,
                 int threads, Supplier<ReportReader> readers, HeldBack heldBack) {
        this.files = files;
        this.indexer = indexer;
        this.known = known;
        this.tally = tally;
        this.batch = batch;
        this.threadCount = threads;
        this.readers = readers;
        this.heldBack = heldBack;
        this.filesDone = new CountDownLatch(threads);
        // In path order, as the files are read: of copies already indexed, the first keeps its document.
        new TreeMap<>(known).forEach((source, hash) -> holders.putIfAbsent(hash, source));
    }

    void start() {
        for (int i = 0; i < threadCount; i++) {
            Thread t = new Thread(this::work, "gongkai-index-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    long done() {
        return tally.indexed.get() + tally.skipped.get() + tally.failed.get() + tally.nonReports.size() + copies.size();
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
        try {
            ReportReader reader = readers.get();
            for (int i = cursor.getAndIncrement(); i < files.size() && fatal.get() == null; i = cursor.getAndIncrement()) {
                Path file = files.get(i);
                guarded(() -> {
                    indexOne(reader, file);
                    return true;
                });
            }
        } finally {
            filesDone.countDown();
        }
        // Written before all files are read, a held-back report could miss a year before still being read.
        try {
            filesDone.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        while (fatal.get() == null && guarded(heldBack::writeOne)) {
            // one held-back report per call
        }
    }

    /** One step of a worker: a file, or a held-back report; false when there was nothing to do. */
    @FunctionalInterface
    private interface Step {
        boolean run() throws IOException;
    }

    /** Runs one step of a worker: what it returns, or false when it broke the run. */
    private boolean guarded(Step step) {
        try {
            return step.run();
        } catch (IOException | RuntimeException e) {
            // The index itself failed (disk full, closed writer): no later file can succeed.
            fatal.compareAndSet(null, e);
        } catch (Error e) {
            // Out of memory and the like: the run cannot go on, but the user gets one line, not a thread's stack trace.
            fatal.compareAndSet(null, new IOException("indexing failed: " + e, e));
        }
        return false;
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
                tally.skipped.incrementAndGet();
                return;
            }
            report = reader.read(file);
        } catch (NotAReportException e) {
            leaveOut(source, previous, tally.nonReports, e.getMessage());
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
        tally.indexed.incrementAndGet();
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
        leaveOut(source, previous, null, reason);
        tally.fail(source, reason);
    }

    /** Lists the file with its reason; a document of the file's old content goes, as it no longer says what the file says. */
    private void leaveOut(String source, String previous, List<IndexSummary.Failure> list, String reason) throws IOException {
        if (previous != null) {
            indexer.delete(source);
            holders.remove(previous, source); // a copy of the old content may now be indexed instead
            batch.changed(1);
        }
        if (list != null) list.add(new IndexSummary.Failure(source, reason));
    }
}
