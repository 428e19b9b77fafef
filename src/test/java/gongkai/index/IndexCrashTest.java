package gongkai.index;

import gongkai.ingest.Ingestor;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The crash-safety bar: a real indexer process killed with SIGKILL mid-run leaves an index
 * that opens with whole committed reports only, and a re-run completes it without duplicates.
 */
class IndexCrashTest {

    private static final int REPORTS = 2000;

    @TempDir
    Path tmp;

    @Test
    void killedRunLeavesWholeReportsAndRerunCompletesWithoutDuplicates() throws Exception {
        Path corpus = writeCorpus(tmp.resolve("corpus"), REPORTS);
        Path index = tmp.resolve("index");

        Process child = startIndexer(corpus, index);
        try {
            awaitFirstCommit(index, child);
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no writer.close()
            child.waitFor(30, TimeUnit.SECONDS);
        }

        List<Document> afterKill = storedDocs(index);
        assertTrue(afterKill.size() > 0, "the first commit's reports survive");
        assertTrue(afterKill.size() < REPORTS, "killed mid-run: " + afterKill.size() + " of " + REPORTS);
        assertWholeAndUnique(afterKill);

        IndexSummary rerun = new IndexRun(new IndexRunOptions(List.of(corpus), index, 2, false, 500,
                Duration.ofSeconds(30)), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        assertEquals(List.of(), rerun.failures());
        assertTrue(rerun.skipped() >= afterKill.size(), "committed reports are skipped, not redone: " + rerun.line());

        List<Document> complete = storedDocs(index);
        assertEquals(REPORTS, complete.size());
        assertWholeAndUnique(complete);
    }

    /** Small reports: the opening of each seed, with its own numbered line so that every file has its own hash. */
    private static Path writeCorpus(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<String> seeds = new ArrayList<>();
        try (var files = Files.list(Path.of("samples/seeds"))) {
            for (Path f : files.sorted().toList()) {
                String seed = Files.readString(f);
                seeds.add(seed.substring(0, Math.min(1500, seed.length())));
            }
        }
        for (int i = 0; i < n; i++) {
            String text = seeds.get(i % seeds.size()) + "\n副本编号：" + i + "\n";
            Files.writeString(dir.resolve(String.format("report-%05d.txt", i)), text);
        }
        return dir;
    }

    private static Process startIndexer(Path corpus, Path index) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "gongkai.cli.Main", "index", "--index", index.toString(), "--threads", "2",
                "--commit-every", "50", corpus.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Waits until the child has committed some reports, failing if it ends or takes too long. */
    private static void awaitFirstCommit(Path index, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) fail("the indexer ended before it could be killed, status " + child.exitValue());
            if (Files.isDirectory(index)) {
                try (FSDirectory dir = FSDirectory.open(index)) {
                    if (DirectoryReader.indexExists(dir)) {
                        try (DirectoryReader r = DirectoryReader.open(dir)) {
                            if (r.numDocs() > 0) return;
                        }
                    }
                } catch (IOException e) {
                    // a commit being written: look again
                }
            }
            Thread.sleep(20);
        }
        fail("no commit within two minutes");
    }

    private static List<Document> storedDocs(Path index) throws IOException {
        List<Document> docs = new ArrayList<>();
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(dir)) {
            for (var leaf : r.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                var live = leaf.reader().getLiveDocs();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live == null || live.get(d)) docs.add(stored.document(d));
                }
            }
        }
        return docs;
    }

    /** Every document is one file's whole report: its id and hash match the file's bytes, its text is the file's. */
    private static void assertWholeAndUnique(List<Document> docs) throws IOException {
        Set<String> ids = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (Document d : docs) {
            String source = d.get(Schema.SOURCE);
            assertTrue(ids.add(d.get(Schema.ID)), "duplicate id " + d.get(Schema.ID));
            assertTrue(sources.add(source), "duplicate source " + source);
            byte[] bytes = Files.readAllBytes(Path.of(source));
            String hash = Ingestor.sha256(bytes);
            assertEquals(hash, d.get(Schema.HASH), source);
            assertEquals(hash.substring(0, 16), d.get(Schema.ID), source);
            assertTrue(d.get(Schema.TEXT) != null && !d.get(Schema.TEXT).isBlank(), "stored text of " + source);
            assertTrue(d.getBinaryValue(Schema.REPORT_JSON) != null, "stored report of " + source);
        }
    }
}
