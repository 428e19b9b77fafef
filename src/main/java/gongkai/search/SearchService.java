package gongkai.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.index.Schema;
import gongkai.index.SectionSpans;
import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Searches an index written by {@code gongkai index}. Reads only: it never holds the index's
 * write lock, so an indexer may run beside it, and every search first picks up what the
 * indexer has committed since (a cheap no-op when nothing changed). Thread-safe.
 */
public final class SearchService implements SearchEngine {

    private static final int EXPORT_PAGE = 500;

    private final Directory directory;
    private final boolean ownsDirectory;
    private final SearcherManager searchers;
    private final FigureCatalog catalog;
    private final QueryLanguage language;
    private final LuceneQueries queries;
    private final String description;
    private final Snippets snippets = new Snippets();
    private final FacetOrdinals facetOrdinals = new FacetOrdinals(MatchSummary.keywordDimensions());
    private final StoredReport storedReport = new StoredReport();
    private final SearchLimits limits;
    /**
     * Searches the index's segments side by side: counting facets and statistics over every
     * match is most of a search's time, and a segment's share of it needs no other segment.
     */
    private final ExecutorService segmentPool = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().daemon().name("gongkai-search-", 1).factory());

    /** Opens the index in {@code indexDir}, with the default limits. */
    public static SearchService open(Path indexDir, FigureCatalog catalog) throws IOException {
        return open(indexDir, catalog, SearchLimits.DEFAULTS);
    }

    /** Opens the index in {@code indexDir}; a missing or empty directory is a one-line error. */
    public static SearchService open(Path indexDir, FigureCatalog catalog, SearchLimits limits) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            throw new IOException("no index at " + indexDir + " (run: gongkai index --index " + indexDir + " FILES...)");
        }
        Directory dir = FSDirectory.open(indexDir);
        if (!DirectoryReader.indexExists(dir)) {
            dir.close();
            throw new IOException("no index at " + indexDir + " (run: gongkai index --index " + indexDir + " FILES...)");
        }
        return new SearchService(dir, true, catalog, limits, indexDir.toString());
    }

    /** Searches an open directory, which the caller keeps and closes. */
    public SearchService(Directory directory, FigureCatalog catalog) throws IOException {
        this(directory, catalog, SearchLimits.DEFAULTS);
    }

    /** Searches an open directory within {@code limits}; the caller keeps and closes the directory. */
    public SearchService(Directory directory, FigureCatalog catalog, SearchLimits limits) throws IOException {
        this(directory, false, catalog, limits, directory.toString());
    }

    private SearchService(Directory directory, boolean ownsDirectory, FigureCatalog catalog, SearchLimits limits,
                          String description) throws IOException {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        // One searcher per point-in-time view, built when the index changes and shared by every
        // request until the next change: building one per request cost each search its set-up.
        this.searchers = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new SegmentSearcher(reader, segmentPool);
            }
        });
        this.catalog = catalog;
        this.language = new QueryLanguage(catalog, limits);
        this.queries = new LuceneQueries(language.analysis());
        this.limits = limits;
        this.description = description;
    }

    @Override
    public SearchResponse search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        SearchPlan plan = SearchPlan.of(request, language, catalog);
        int page = plan.page(), size = plan.size();
        Sort sort = SortSpec.of(plan.sort());
        List<FigureKey> statKeys = plan.stats();

        IndexSearcher searcher = acquire();
        try {
            Query query = queries.translate(plan.query(), searcher.getIndexReader().numDocs());
            int depth = plan.depth();
            MatchSummary summary = new MatchSummary(statKeys, limits.facetLimit(), searcher.getIndexReader(),
                    facetOrdinals.of(searcher.getIndexReader()), Deadline.after(limits));
            Object[] results = timed(() -> searcher.search(query, new MultiCollectorManager(
                    new TopFieldCollectorManager(sort, depth, null, depth),
                    summary)));
            TopDocs top = (TopDocs) results[0];
            MatchSummary.Result counts = (MatchSummary.Result) results[1];
            List<Hit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int i = (page - 1) * size; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                hits.add(hit(stored.document(sd.doc), SortSpec.score(sd, sort), plan.query().marks(), true));
            }
            double took = (System.nanoTime() - started) / 1e6;
            return new SearchResponse(request.query(), counts.total(), page, size,
                    SearchPlan.sortName(request),
                    hits, counts.facets(), counts.stats(), Math.round(took * 10) / 10.0);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The feed's search: the top hits by indexing time and nothing else. No facets or
     * statistics are counted and no figures read, which a feed does not show: counting them
     * over every match was most of a feed's time on a large index. Without a counter over every
     * match the collector may skip reports that cannot be among the newest, so {@code total}
     * counts the matches looked at.
     */
    @Override
    public SearchResponse newest(String query, int size) throws IOException {
        long started = System.nanoTime();
        SearchRequest request = new SearchRequest(query, 1, size, "-" + SortOrder.INDEXED, List.of());
        SearchPlan plan = SearchPlan.of(request, language, catalog);
        Sort sort = SortSpec.of(plan.sort());
        IndexSearcher searcher = acquire();
        try {
            Query q = queries.translate(plan.query(), searcher.getIndexReader().numDocs());
            TopDocs top = timed(() -> searcher.search(q, new TopFieldCollectorManager(sort, plan.size(), null, plan.size())));
            List<Hit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(hit(stored.document(sd.doc), SortSpec.score(sd, sort), plan.query().marks(), false));
            }
            double took = (System.nanoTime() - started) / 1e6;
            return new SearchResponse(request.query(), top.totalHits.value(), 1, plan.size(), request.sort(), hits,
                    Map.of(), Map.of(), Math.round(took * 10) / 10.0);
        } finally {
            searchers.release(searcher);
        }
    }

    /** A chart's groups in one pass over the matches (see {@link GroupSummary}). */
    @Override
    public List<GroupStats> groupStats(String query, String by, FigureKey figure, int maxGroups) throws IOException {
        QueryTree tree = language.parse(query);
        IndexSearcher searcher = acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            Query q = queries.translate(tree, reader.numDocs());
            GroupSummary groups = new GroupSummary(by, figure, maxGroups, reader,
                    facetOrdinals.of(reader).of(Schema.PROVINCE), Deadline.after(limits));
            return timed(() -> searcher.search(q, groups));
        } finally {
            searchers.release(searcher);
        }
    }

    private interface Search<T> {
        T run() throws IOException;
    }

    /** Runs a search whose collectors watch the {@link Deadline}; one that passes it is a 503, not a 400. */
    private <T> T timed(Search<T> search) throws IOException {
        try {
            return search.run();
        } catch (Deadline.Exceeded e) {
            throw new EngineUnavailableException(limits.timeoutMessage());
        } catch (RuntimeException e) {
            // The segment pool hands a collector's exception back wrapped.
            if (e.getCause() instanceof Deadline.Exceeded) throw new EngineUnavailableException(limits.timeoutMessage());
            throw e;
        }
    }

    @Override
    public Optional<ObjectNode> report(String id) throws IOException {
        IndexSearcher searcher = acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
            ObjectNode json = storedReport.json(d);
            String text = d.get(Schema.TEXT);
            json.set("sections", storedReport.sections(json.path("sections"), SectionSpans.texts(d.get(Schema.SECTIONS), text)));
            json.put("text", text);
            return Optional.of(json);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Hands every match's stored report JSON (without text) to {@code consumer}, in the given
     * order, a page at a time, so that an export of all matches never holds them all in memory.
     *
     * @return the number of reports handed over
     */
    @Override
    public long forEachMatch(String query, String sort, Consumer<? super JsonNode> consumer) throws IOException {
        Sort order = SortSpec.of(SortOrder.parse(sort, catalog));
        QueryTree tree = language.parse(query);
        IndexSearcher searcher = acquire(); // one point-in-time view for the whole export
        try {
            Query q = queries.translate(tree, searcher.getIndexReader().numDocs());
            StoredFields stored = searcher.storedFields();
            long count = 0;
            ScoreDoc after = null;
            while (true) {
                TopDocs page = searcher.searchAfter(after, q, EXPORT_PAGE, order, true);
                for (ScoreDoc sd : page.scoreDocs) {
                    consumer.accept(storedReport.json(stored.document(sd.doc)));
                    count++;
                }
                if (page.scoreDocs.length < EXPORT_PAGE) return count;
                after = page.scoreDocs[page.scoreDocs.length - 1];
            }
        } finally {
            searchers.release(searcher);
        }
    }

    /** Number of reports in the index, as of the last refresh. */
    @Override
    public long size() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Every search and chart here watches a {@link Deadline}; a report is one term lookup. */
    @Override
    public boolean stopsAtItsLimit() {
        return true;
    }

    @Override
    public SearchLimits limits() {
        return limits;
    }

    @Override
    public String describe() {
        return description;
    }

    private IndexSearcher acquire() throws IOException {
        searchers.maybeRefresh(); // near-real-time: see what a concurrent indexer committed
        return searchers.acquire();
    }

    private Hit hit(Document d, float score, List<String> marks, boolean withFigures) {
        Map<String, BigDecimal> figures = withFigures ? storedReport.figures(d) : Map.of();
        String year = d.get(Schema.YEAR);
        return new Hit(d.get(Schema.ID), d.get(Schema.AGENCY), d.get(Schema.AGENCY_ID), year == null ? null : Integer.valueOf(year),
                d.get(Schema.REGION), d.get(Schema.PROVINCE), d.get(Schema.LEVEL), d.get(Schema.SOURCE),
                Float.isNaN(score) ? 0f : score, snippets.of(d.get(Schema.TEXT), marks), figures,
                Schema.CHECK_FAILED_VALUE.equals(d.get(Schema.CHECK)),
                d.getField(Schema.INDEXED_AT) == null ? null : d.getField(Schema.INDEXED_AT).numericValue().longValue(),
                d.get(Schema.URL),
                d.get(Schema.COPY_NEAREST_ID));
    }

    /** One task per segment, so that the large segments of a big index are searched at once on all cores. */
    private static final class SegmentSearcher extends IndexSearcher {
        SegmentSearcher(IndexReader reader, ExecutorService pool) {
            super(reader, pool);
        }

        @Override
        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            return slices(leaves, 1, 1, false);
        }
    }

    @Override
    public void close() throws IOException {
        segmentPool.shutdown();
        searchers.close();
        if (ownsDirectory) directory.close();
    }
}
