package gongkai.index;

import gongkai.report.Report;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static gongkai.index.TestReports.figure;
import static gongkai.index.TestReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportIndexerTest {

    @TempDir
    Path dir;

    @Test
    void sameFileTwiceIsOneDocument() throws IOException {
        try (ReportIndexer ix = new ReportIndexer(dir)) {
            ix.upsert(report("/r/a.txt", "丽水市统计局年度报告"));
            ix.upsert(report("/r/a.txt", "丽水市统计局年度报告"));
        }
        assertEquals(1, count(new TermQuery(new Term(Schema.SOURCE, "/r/a.txt"))));
    }

    @Test
    void changedFileReplacesItsOldDocument() throws IOException {
        Report before = report("/r/a.txt", "第一版");
        Report after = report("/r/a.txt", "第二版");
        try (ReportIndexer ix = new ReportIndexer(dir)) {
            ix.upsert(before);
            ix.commit();
            ix.upsert(after);
        }
        assertEquals(0, count(new TermQuery(new Term(Schema.ID, before.id()))));
        assertEquals(1, count(new TermQuery(new Term(Schema.ID, after.id()))));
        assertEquals(1, count(new TermQuery(new Term(Schema.SOURCE, "/r/a.txt"))));
    }

    @Test
    void indexedSourcesMapsEachSourceToItsHash() throws IOException {
        Report a = report("/r/a.txt", "甲");
        Report b = report("/r/b.txt", "乙");
        try (ReportIndexer ix = new ReportIndexer(dir)) {
            ix.upsert(a);
            ix.upsert(b);
            ix.upsert(report("/r/b.txt", "乙改"));
            assertEquals(Map.of("/r/a.txt", a.contentHash(), "/r/b.txt", report("/r/b.txt", "乙改").contentHash()),
                    ix.indexedSources());
        }
    }

    @Test
    void deleteRemovesOnlyThatSource() throws IOException {
        try (ReportIndexer ix = new ReportIndexer(dir)) {
            ix.upsert(report("/r/a.txt", "甲"));
            ix.upsert(report("/r/b.txt", "乙"));
            ix.delete("/r/a.txt");
            assertEquals(Set.of("/r/b.txt"), ix.indexedSources().keySet());
        }
    }

    @Test
    void reopeningKeepsCommittedDocuments() throws IOException {
        try (ReportIndexer ix = new ReportIndexer(dir)) {
            ix.upsert(report("/r/a.txt", "甲"));
        }
        try (ReportIndexer ix = new ReportIndexer(dir)) {
            ix.upsert(report("/r/b.txt", "乙"));
            assertEquals(2, ix.numDocs());
        }
    }

    /** Penalty decisions as printed in the seeds' 行政处罚 rows; one report without the figure. */
    @Test
    void figureRangeFindsExactlyTheReportsInRange() throws IOException {
        try (ReportIndexer ix = new ReportIndexer(dir)) {
            ix.upsert(report("/seeds/licheng.txt", "鲤城", "鲤城区统计局", figure("penalty.decisions", 2)));
            ix.upsert(report("/seeds/lishui.txt", "丽水", "丽水市统计局", figure("penalty.decisions", 13)));
            ix.upsert(report("/seeds/luoyang.txt", "洛阳", "洛阳市统计局", figure("penalty.decisions", 0)));
            ix.upsert(report("/seeds/pinghu.txt", "平湖", "平湖市统计局", figure("penalty.decisions", 12)));
            ix.upsert(report("/seeds/yichun.txt", "宜春", "宜春市统计局", figure("penalty.decisions", 9)));
            ix.upsert(report("/seeds/none.txt", "无表", "无表格", Map.of()));
        }
        String field = Schema.figureField("penalty.decisions");
        assertEquals(Set.of("丽水", "平湖"), agencies(LongField.newRangeQuery(field, 10, Long.MAX_VALUE)));
        assertEquals(Set.of("鲤城", "宜春"), agencies(LongField.newRangeQuery(field, 1, 9)));
        // 0 is a value read from the report; the report without the figure never matches.
        assertEquals(Set.of("洛阳"), agencies(LongField.newRangeQuery(field, Long.MIN_VALUE, 0)));
    }

    @Test
    void nonWholeCountIsLeftOutWithAWarning() throws IOException {
        List<String> warnings = new ArrayList<>();
        try (ReportIndexer ix = new ReportIndexer(dir, warnings::add)) {
            ix.upsert(report("/r/a.txt", "甲", "甲", Map.of("penalty.decisions", new BigDecimal("2.5"))));
        }
        assertEquals(1, count(new TermQuery(new Term(Schema.SOURCE, "/r/a.txt"))));
        assertEquals(0, count(LongField.newRangeQuery(Schema.figureField("penalty.decisions"), Long.MIN_VALUE, Long.MAX_VALUE)));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("penalty.decisions"), warnings.get(0));
    }

    @Test
    void documentHasNoFieldForAMissingFigure() throws IOException {
        try (ReportIndexer ix = new ReportIndexer(dir)) {
            ix.upsert(report("/r/a.txt", "甲"));
        }
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
            assertNull(r.leaves().get(0).reader().getFieldInfos().fieldInfo(Schema.figureField("penalty.decisions")));
        }
    }

    @Test
    void secondWriterOnTheSameIndexIsRefusedWithAReason() throws IOException {
        try (ReportIndexer first = new ReportIndexer(dir)) {
            IOException e = assertThrows(IOException.class, () -> new ReportIndexer(dir));
            assertTrue(e.getMessage().contains("being written by another"), e.getMessage());
        }
    }

    private int count(Query q) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            return new IndexSearcher(r).count(q);
        }
    }

    private Set<String> agencies(Query q) throws IOException {
        Set<String> out = new TreeSet<>();
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            IndexSearcher s = new IndexSearcher(r);
            for (ScoreDoc sd : s.search(q, 100).scoreDocs) {
                Document doc = s.storedFields().document(sd.doc);
                out.add(doc.get(Schema.AGENCY));
            }
        }
        return out;
    }
}
