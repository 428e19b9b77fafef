package gongkai.index;

import gongkai.report.Report;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link ReportLookup} over a reader of the embedded index, opened on its writer so that it sees uncommitted reports. */
final class IndexLookup implements ReportLookup {

    private static final Set<String> JSON_ONLY = Set.of(Schema.REPORT_JSON);
    private static final Set<String> WHOLE = Set.of(Schema.REPORT_JSON, Schema.TEXT, Schema.SECTIONS);

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final StoredReports stored = new StoredReports();

    IndexLookup(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    @Override
    public Map<String, String> agencyIds() throws IOException {
        Map<String, String> out = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            SortedSetDocValues sources = DocValues.getSortedSet(leaf.reader(), Schema.SOURCE);
            SortedSetDocValues agencies = DocValues.getSortedSet(leaf.reader(), Schema.AGENCY_ID);
            for (int doc = sources.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = sources.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                if (!agencies.advanceExact(doc)) continue;
                out.put(sources.lookupOrd(sources.nextOrd()).utf8ToString(), agencies.lookupOrd(agencies.nextOrd()).utf8ToString());
            }
        }
        return out;
    }

    @Override
    public List<Report> reportsOf(String agencyId) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(Schema.AGENCY_ID, agencyId)), Math.max(1, reader.numDocs()));
        StoredFields fields = searcher.storedFields();
        List<Report> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) out.add(stored.read(bytes(fields.document(sd.doc, JSON_ONLY))));
        return out;
    }

    @Override
    public List<Report> sharingBands(int year, String exceptAgency, List<String> bands, int limit) throws IOException {
        if (bands.isEmpty() || limit <= 0) return List.of();
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        // Each shared band scores 1, so the score is the number of bands shared: the LSH estimate of nearness.
        for (String band : bands) {
            q.add(new ConstantScoreQuery(new TermQuery(new Term(Schema.COPY_BANDS, band))), BooleanClause.Occur.SHOULD);
        }
        q.setMinimumNumberShouldMatch(1);
        q.add(IntField.newExactQuery(Schema.YEAR, year), BooleanClause.Occur.FILTER);
        q.add(new FieldExistsQuery(Schema.AGENCY_ID), BooleanClause.Occur.FILTER);
        if (exceptAgency != null) q.add(new TermQuery(new Term(Schema.AGENCY_ID, exceptAgency)), BooleanClause.Occur.MUST_NOT);
        return read(searcher.search(q.build(), limit));
    }

    @Override
    public List<Report> namingAgency(String agencyId) throws IOException {
        return read(searcher.search(new TermQuery(new Term(Schema.COPY_NEAREST_AGENCY, agencyId)), Math.max(1, reader.numDocs())));
    }

    private List<Report> read(TopDocs top) throws IOException {
        StoredFields fields = searcher.storedFields();
        List<Report> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) out.add(stored.read(bytes(fields.document(sd.doc, JSON_ONLY))));
        return out;
    }

    @Override
    public Optional<Report> full(String source) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(Schema.SOURCE, source)), 1);
        if (top.scoreDocs.length == 0) return Optional.empty();
        Document d = searcher.storedFields().document(top.scoreDocs[0].doc, WHOLE);
        return Optional.of(stored.read(bytes(d), d.get(Schema.TEXT), d.get(Schema.SECTIONS)));
    }

    private static byte[] bytes(Document d) {
        BytesRef b = d.getBinaryValue(Schema.REPORT_JSON);
        return java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
