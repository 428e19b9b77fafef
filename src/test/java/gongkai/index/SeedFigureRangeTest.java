package gongkai.index;

import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Figures indexed from the seeds through the whole pipeline are range-searchable. The
 * expected values are the 处理决定数量 of each seed's 行政处罚 row, read from the files:
 * licheng 2, lishui 13, luoyang 0, pinghu 12, yichun 9.
 */
class SeedFigureRangeTest {

    @TempDir
    Path index;

    @BeforeEach
    void indexSeeds() throws IOException {
        IndexSummary s = new IndexRun(IndexRunOptions.of(List.of(Path.of("samples/seeds")), index),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        assertEquals(5, s.indexed(), s.failures().toString());
    }

    @Test
    void atLeastTenPenaltyDecisions() throws IOException {
        assertEquals(Set.of("lishui-tjj-2020.txt", "pinghu-tjj-2021.txt"), files(range(10, Long.MAX_VALUE)));
    }

    @Test
    void oneToNinePenaltyDecisions() throws IOException {
        assertEquals(Set.of("licheng-tjj-2020.txt", "yichun-tjj-2020.txt"), files(range(1, 9)));
    }

    @Test
    void zeroIsAValueThatMatches() throws IOException {
        assertEquals(Set.of("luoyang-tjj-2020.txt"), files(range(Long.MIN_VALUE, 0)));
    }

    private static Query range(long min, long max) {
        return LongField.newRangeQuery(Schema.figureField("penalty.decisions"), min, max);
    }

    private Set<String> files(Query q) throws IOException {
        Set<String> out = new TreeSet<>();
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            IndexSearcher s = new IndexSearcher(r);
            for (ScoreDoc sd : s.search(q, 100).scoreDocs) {
                out.add(Path.of(s.storedFields().document(sd.doc).get(Schema.SOURCE)).getFileName().toString());
            }
        }
        return out;
    }
}
