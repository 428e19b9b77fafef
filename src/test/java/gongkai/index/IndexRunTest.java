package gongkai.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexRunTest {

    private static final Path SEEDS = Path.of("samples/seeds");

    @TempDir
    Path tmp;
    Path corpus;
    Path index;

    @BeforeEach
    void copySeeds() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        index = tmp.resolve("index");
        try (var files = Files.list(SEEDS)) {
            for (Path f : files.toList()) Files.copy(f, corpus.resolve(f.getFileName()));
        }
    }

    @Test
    void firstRunIndexesEverySeed() throws IOException {
        IndexSummary s = run(false);
        assertEquals(5, s.indexed());
        assertEquals(5, s.docs());
        assertEquals(List.of(), s.failures());
    }

    @Test
    void secondRunSkipsUnchangedFiles() throws IOException {
        run(false);
        IndexSummary s = run(false);
        assertEquals(0, s.indexed());
        assertEquals(5, s.skipped());
        assertEquals(5, s.docs());
    }

    @Test
    void changedFileIsReindexedAndReplacesItsDocument() throws IOException {
        run(false);
        Path lishui = corpus.resolve("lishui-tjj-2020.txt");
        Files.writeString(lishui, "\n附：更正说明。", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        IndexSummary s = run(false);
        assertEquals(1, s.indexed());
        assertEquals(4, s.skipped());
        assertEquals(5, s.docs());
        // No seed contains 更正: the new text is searchable in the one document of that file.
        assertEquals(1, count(new org.apache.lucene.search.PhraseQuery(Schema.TEXT_CJK, "更", "正")));
        assertEquals(1, count(new TermQuery(new Term(Schema.SOURCE, lishui.toAbsolutePath().toString()))));
    }

    @Test
    void pruneRemovesDocumentsOfDeletedFiles() throws IOException {
        run(false);
        Files.delete(corpus.resolve("yichun-tjj-2020.txt"));
        IndexSummary kept = run(false);
        assertEquals(5, kept.docs(), "without --prune a vanished file's document stays");
        IndexSummary pruned = run(true);
        assertEquals(1, pruned.pruned());
        assertEquals(4, pruned.docs());
        assertEquals(0, count(new TermQuery(new Term(Schema.SOURCE, corpus.resolve("yichun-tjj-2020.txt").toAbsolutePath().toString()))));
    }

    @Test
    void failedFilesAreCountedAndTheRunGoesOn() throws IOException {
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(noise);
        Files.write(corpus.resolve("noise.pdf"), noise);
        Files.writeString(corpus.resolve("boom.txt"), "提取时出错的报告");
        Supplier<ReportReader> readers = () -> {
            ReportReader standard = ReportReader.standard();
            return file -> {
                if (file.getFileName().toString().equals("boom.txt")) throw new IllegalStateException("table reader bug");
                return standard.read(file);
            };
        };
        IndexSummary s = new IndexRun(options(false), readers, quiet()).run();
        assertEquals(5, s.indexed());
        assertEquals(List.of("boom.txt", "empty.txt", "noise.pdf"),
                s.failures().stream().map(f -> name(f.source())).toList());
        assertTrue(s.failures().stream().anyMatch(f -> f.reason().contains("empty")), s.failures().toString());
        assertTrue(s.failures().stream().anyMatch(f -> f.reason().contains("table reader bug")), s.failures().toString());
        assertTrue(s.anyFailed());
    }

    @Test
    void hiddenAndGroundTruthFilesAreNotIndexed() throws IOException {
        Files.writeString(corpus.resolve(".notes.txt"), "隐藏文件");
        Files.createDirectories(corpus.resolve(".cache"));
        Files.writeString(corpus.resolve(".cache/x.txt"), "隐藏目录");
        Files.writeString(corpus.resolve("lishui-tjj-2020.truth.json"), "{\"figures\":{}}");
        IndexSummary s = run(false);
        assertEquals(5, s.indexed());
        assertEquals(List.of(), s.failures());
    }

    @Test
    void missingPathIsAFailureNotAnAbort() throws IOException {
        IndexSummary s = new IndexRun(new IndexRunOptions(List.of(corpus, tmp.resolve("nosuch")), index, 2, false,
                1000, Duration.ofSeconds(30)), quiet()).run();
        assertEquals(5, s.indexed());
        assertEquals(1, s.failures().size());
        assertEquals("no such file or folder", s.failures().get(0).reason());
    }

    @Test
    void theSameReportSavedTwiceIsOneDocument() throws IOException {
        Path original = corpus.resolve("lishui-tjj-2020.txt");
        Path copy = Files.createDirectories(corpus.resolve("again")).resolve("lishui-copy.txt");
        Files.copy(original, copy);
        IndexSummary s = runOnOneThread();
        assertEquals(5, s.indexed());
        assertEquals(5, s.docs());
        // Files are read in path order, so again/ comes first and holds the content.
        assertEquals(List.of(new IndexSummary.Duplicate(original.toAbsolutePath().toString(), copy.toAbsolutePath().toString())),
                s.duplicates());
        assertEquals(1, count(new org.apache.lucene.search.PhraseQuery(Schema.TEXT_CJK, "丽", "水", "市", "统", "计", "局")));
    }

    @Test
    void aCopyIsIndexedWhenTheFileItCopiesChangesInTheSameRun() throws IOException {
        Path original = corpus.resolve("lishui-tjj-2020.txt");
        runOnOneThread();
        // The copy (read first) has the indexed content; then the original changes.
        Files.copy(original, Files.createDirectories(corpus.resolve("again")).resolve("lishui-copy.txt"));
        Files.writeString(original, "\n附：更正说明。", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        IndexSummary s = runOnOneThread();
        assertEquals(List.of(), s.duplicates());
        assertEquals(6, s.docs());
        assertEquals(2, count(new org.apache.lucene.search.PhraseQuery(Schema.TEXT_CJK, "丽", "水", "市", "统", "计", "局")));
        assertEquals(1, count(new org.apache.lucene.search.PhraseQuery(Schema.TEXT_CJK, "更", "正")));
    }

    @Test
    void aCopyIndexedBeforeStaysIndexedWhenTheFileItCopiesChanges() throws Exception {
        // An index written before copies were recognised holds both files.
        Path original = corpus.resolve("lishui-tjj-2020.txt");
        Path copy = Files.createDirectories(corpus.resolve("again")).resolve("lishui-copy.txt");
        Files.copy(original, copy);
        try (ReportIndexer indexer = new ReportIndexer(index)) {
            ReportReader reader = ReportReader.standard();
            indexer.add(reader.read(original.toAbsolutePath()));
            indexer.add(reader.read(copy.toAbsolutePath()));
        }
        Files.writeString(original, "\n附：更正说明。", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        IndexSummary s = runOnOneThread();
        assertEquals(List.of(), s.duplicates());
        assertEquals(6, s.docs());
        assertEquals(2, count(new org.apache.lucene.search.PhraseQuery(Schema.TEXT_CJK, "丽", "水", "市", "统", "计", "局")));
    }

    private IndexSummary runOnOneThread() throws IOException {
        return new IndexRun(new IndexRunOptions(List.of(corpus), index, 1, false, 1000, Duration.ofSeconds(30)), quiet()).run();
    }

    private IndexSummary run(boolean prune) throws IOException {
        return new IndexRun(options(prune), quiet()).run();
    }

    private IndexRunOptions options(boolean prune) {
        return new IndexRunOptions(List.of(corpus), index, 2, prune, 1000, Duration.ofSeconds(30));
    }

    private int count(org.apache.lucene.search.Query q) throws IOException {
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            return new IndexSearcher(r).count(q);
        }
    }

    private static String name(String source) {
        return Path.of(source).getFileName().toString();
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
