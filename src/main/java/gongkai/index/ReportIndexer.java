package gongkai.index;

import gongkai.report.FigureCatalog;
import gongkai.report.Report;
import gongkai.report.ReportJson;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes reports into a Lucene index, one document per source file.
 *
 * <p>The source path is the document's key: {@link #upsert} replaces whatever document the
 * same file had before, so re-indexing a changed file leaves exactly one document, with the
 * new content's id. Thread-safe: several workers may call {@link #upsert} at once, and
 * {@link #commit} may run beside them (each document is in a commit whole or not at all).
 */
public final class ReportIndexer implements ReportSink {

    /**
     * Indexing buffers this much in memory before it writes a segment. With commits every 30 s
     * the buffer decides the segments' size: at 100,000 reports 128 MB left 12 segments and
     * phrase searches took a quarter longer than on the 7 that 256 MB leaves, for the same
     * indexing time. It fits the launcher's 1 GB heap beside the workers and Tika.
     */
    public static final double RAM_BUFFER_MB = 256;

    /** Opens the directory an index lives in; a test passes one that runs out of room. */
    @FunctionalInterface
    public interface Directories {
        Directory open(Path dir) throws IOException;

        Directories FILE_SYSTEM = FSDirectory::open;
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final String where;
    private final ReportDocument documents;

    /** Opens (or creates) the index in {@code dir}; figure values that cannot be indexed go to {@code warnings}. */
    public ReportIndexer(Path dir, Consumer<String> warnings) throws IOException {
        this(dir, Directories.FILE_SYSTEM, warnings);
    }

    /** As {@link #ReportIndexer(Path, Consumer)}, with the directory opened by {@code directories}. */
    public ReportIndexer(Path dir, Directories directories, Consumer<String> warnings) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("cannot create the index folder " + dir + ": " + e, e);
        }
        this.where = dir.toString();
        this.directory = directories.open(dir);
        try {
            this.writer = new IndexWriter(directory, config());
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IOException("the index " + dir + " is being written by another gongkai index run", e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw new IOException("cannot open the index " + dir + ": " + e.getMessage(), e);
        }
        this.documents = new ReportDocument(FigureCatalog.standard(), new ReportJson(), warnings);
    }

    public ReportIndexer(Path dir) throws IOException {
        this(dir, w -> { });
    }

    /** The writer's settings, tuned for bulk loads of many mid-sized documents. */
    static IndexWriterConfig config() {
        IndexWriterConfig c = new IndexWriterConfig(Analyzers.perField());
        c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        c.setRAMBufferSizeMB(RAM_BUFFER_MB);
        c.setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH);
        // Compound files save file handles at the price of copying every segment once more.
        c.setUseCompoundFile(false);
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setNoCFSRatio(0.0);
        c.setMergePolicy(merges);
        return c;
    }

    /** Adds the report, replacing any document of the same source file. */
    @Override
    public void upsert(Report report) throws IOException {
        writer.updateDocument(new Term(Schema.SOURCE, report.source()), documents.build(report));
    }

    /**
     * Adds the report of a source file the index does not hold yet. Cheaper than
     * {@link #upsert}: an update leaves a delete behind that every later flush must look up
     * in every segment, which on a first run of 100,000 files is work spent finding nothing.
     */
    @Override
    public void add(Report report) throws IOException {
        writer.addDocument(documents.build(report));
    }

    /** Removes the document of this source file, if there is one. */
    @Override
    public void delete(String source) throws IOException {
        writer.deleteDocuments(new Term(Schema.SOURCE, source));
    }

    /** Makes everything added so far durable: after a crash the index opens at the last commit. */
    @Override
    public void commit() throws IOException {
        writer.commit();
    }

    /** Every indexed source with its content hash, including uncommitted changes of this writer. */
    @Override
    public Map<String, String> indexedSources() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                SortedSetDocValues sources = DocValues.getSortedSet(leaf.reader(), Schema.SOURCE);
                SortedSetDocValues hashes = DocValues.getSortedSet(leaf.reader(), Schema.HASH);
                for (int doc = sources.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = sources.nextDoc()) {
                    if (live != null && !live.get(doc)) continue;
                    String source = sources.lookupOrd(sources.nextOrd()).utf8ToString();
                    String hash = hashes.advanceExact(doc) ? hashes.lookupOrd(hashes.nextOrd()).utf8ToString() : "";
                    out.put(source, hash);
                }
            }
        }
        return out;
    }

    /** A reader on the writer: it sees every report written so far, committed or not. */
    @Override
    public ReportLookup lookup() throws IOException {
        return new IndexLookup(DirectoryReader.open(writer));
    }

    @Override
    public String where() {
        return where;
    }

    /** Documents in the index now, counting uncommitted ones. */
    @Override
    public long numDocs() {
        return writer.getDocStats().numDocs;
    }

    /**
     * Why the writer can take no more changes, or null while it can: Lucene closes a writer
     * after a tragic event (a failed flush or merge, a full disk) and every later call fails.
     */
    @Override
    public Throwable brokenBy() {
        Throwable tragic = writer.getTragicException();
        if (tragic != null) return tragic;
        return writer.isOpen() ? null : new IllegalStateException("the index writer is closed");
    }

    /** Reports in the index's last commit, as a reader opening it now would find; 0 when nothing was ever committed. */
    @Override
    public long committedDocs() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        } catch (IndexNotFoundException e) {
            return 0;
        }
    }

    /** Drops every change since the last commit: the index stays exactly at that commit. {@link #close} still releases the folder. */
    @Override
    public void rollback() throws IOException {
        writer.rollback();
    }

    @Override
    public void close() throws IOException {
        if (!writer.isOpen()) {
            directory.close(); // rolled back, or closed by a tragic event: nothing left to commit
            return;
        }
        try {
            writer.close(); // commits on close
        } finally {
            directory.close();
        }
    }
}
