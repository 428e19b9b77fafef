package gongkai.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.index.Schema;
import gongkai.index.SectionSpans;
import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;
import gongkai.search.EngineUnavailableException;
import gongkai.search.FacetValue;
import gongkai.search.FigureStats;
import gongkai.search.GroupStats;
import gongkai.search.Hit;
import gongkai.search.QueryErrors;
import gongkai.search.QueryLanguage;
import gongkai.search.QueryTree;
import gongkai.search.SearchEngine;
import gongkai.search.SearchLimits;
import gongkai.search.SearchPlan;
import gongkai.search.SearchRequest;
import gongkai.search.SearchResponse;
import gongkai.search.Snippets;
import gongkai.search.SortOrder;
import gongkai.search.StoredReport;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Gongkai on an OpenSearch cluster: the same query language, answers and errors as the
 * embedded index, from an index written by {@code gongkai index --engine opensearch}.
 * Facets and statistics are aggregations over all matches, with exact totals; an export
 * walks every match with a point in time and {@code search_after}, so it has no 10,000-hit cap.
 */
public final class OpenSearchEngine implements SearchEngine {

    /** Dimensions a result page counts, in the order the response lists them. */
    private static final List<String> KEYWORD_FACETS = List.of(OpenSearchSchema.PROVINCE, OpenSearchSchema.LEVEL,
            OpenSearchSchema.AGENCY, OpenSearchSchema.AGENCY_ID, OpenSearchSchema.CHECK, OpenSearchSchema.OCR);
    /**
     * Terms each shard reports per facet. A facet's counts are exact when every shard reports
     * every value it has; the number of provinces, levels and checks is small, and this covers
     * the agencies of all but the largest collections.
     */
    private static final int SHARD_FACET_SIZE = 10_000;
    private static final int EXPORT_PAGE = 1_000;
    private static final String KEEP_ALIVE = "2m";
    /** How long the report count that scales the exact-match bonus is reused. */
    private static final long DOC_COUNT_TTL_MS = 10_000;

    private final ClusterClient client;
    private final String index;
    private final FigureCatalog catalog;
    private final QueryLanguage language;
    private final OpenSearchQueries queries;
    private final ObjectMapper mapper;
    private final Snippets snippets = new Snippets();
    private final StoredReport storedReport = new StoredReport();
    private volatile long docCount = -1;
    private volatile long docCountAt;

    private OpenSearchEngine(ClusterClient client, String index, FigureCatalog catalog, SearchLimits limits) {
        this.client = client;
        this.index = index;
        this.catalog = catalog;
        this.language = new QueryLanguage(catalog, limits);
        this.queries = new OpenSearchQueries(language.analysis());
        this.mapper = client.mapper();
    }

    /** Connects to an index that {@code gongkai index --engine opensearch} made; a one-line error otherwise. */
    public static OpenSearchEngine connect(List<String> urls, String index, FigureCatalog catalog) throws IOException {
        return connect(urls, index, catalog, SearchLimits.DEFAULTS);
    }

    /** As {@link #connect(List, String, FigureCatalog)}, searching within {@code limits}. */
    public static OpenSearchEngine connect(List<String> urls, String index, FigureCatalog catalog, SearchLimits limits)
            throws IOException {
        ClusterClient client = new ClusterClient(urls);
        try {
            OpenSearchIndex.verify(client, index);
            return new OpenSearchEngine(client, index, catalog, limits);
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    @Override
    public SearchResponse search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        SearchPlan plan = SearchPlan.of(request, language, catalog);
        ObjectNode body = requestBody(plan);
        JsonNode answer = client.send("POST", "/" + index + "/_search", body);
        if (answer.path("timed_out").asBoolean(false)) {
            throw new EngineUnavailableException(language.limits().timeoutMessage());
        }
        List<Hit> hits = new ArrayList<>();
        for (JsonNode h : answer.path("hits").path("hits")) hits.add(hit(h, plan.query()));

        JsonNode a = answer.path("aggregations");
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put(Schema.YEAR, yearFacet(a.path(OpenSearchSchema.YEAR)));
        for (String dim : KEYWORD_FACETS) facets.put(dim, buckets(a.path(dim)));
        Map<String, FigureStats> stats = new LinkedHashMap<>();
        for (int i = 0; i < plan.stats().size(); i++) {
            FigureKey key = plan.stats().get(i);
            stats.put(key.key(), stats(a.path("stats" + i), key));
        }
        double took = (System.nanoTime() - started) / 1e6;
        return new SearchResponse(request.query(), answer.path("hits").path("total").path("value").asLong(),
                plan.page(), plan.size(), SearchPlan.sortName(request), hits, facets, stats, Math.round(took * 10) / 10.0);
    }

    /**
     * The Query DSL this engine sends to {@code /INDEX/_search} for a request: what a reader
     * sends to the cluster directly to see what Gongkai adds to the cluster's own time.
     */
    public ObjectNode requestBody(SearchRequest request) throws IOException {
        return requestBody(SearchPlan.of(request, language, catalog));
    }

    /** The index searched, as {@code /NAME/_search} names it. */
    public String index() {
        return index;
    }

    private ObjectNode requestBody(SearchPlan plan) throws IOException {
        ObjectNode body = mapper.createObjectNode();
        body.set("query", queries.translate(plan.query(), docCount()));
        body.put("from", (plan.page() - 1) * plan.size()).put("size", plan.size());
        body.put("track_total_hits", true).put("track_scores", true);
        body.put("timeout", language.limits().timeout().toMillis() + "ms");
        body.set("sort", sort(plan.sort()));
        ArrayNode source = body.putObject("_source").putArray("includes");
        for (String f : List.of(OpenSearchSchema.ID, OpenSearchSchema.AGENCY, OpenSearchSchema.AGENCY_ID, OpenSearchSchema.YEAR, OpenSearchSchema.REGION,
                OpenSearchSchema.PROVINCE, OpenSearchSchema.LEVEL, OpenSearchSchema.SOURCE, OpenSearchSchema.CHECK,
                OpenSearchSchema.TEXT, OpenSearchSchema.TEXT_PRINTED, OpenSearchSchema.REPORT, OpenSearchSchema.INDEXED_AT, OpenSearchSchema.URL)) source.add(f);
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject(OpenSearchSchema.YEAR).putObject("terms").put("field", OpenSearchSchema.YEAR).put("size", 1000);
        for (String dim : KEYWORD_FACETS) {
            ObjectNode terms = aggs.putObject(dim).putObject("terms");
            terms.put("field", dim).put("size", language.limits().facetLimit()).put("shard_size", SHARD_FACET_SIZE);
            terms.putArray("order").add(mapper.createObjectNode().put("_count", "desc")).add(mapper.createObjectNode().put("_key", "asc"));
        }
        for (int i = 0; i < plan.stats().size(); i++) {
            aggs.putObject("stats" + i).putObject("stats").put("field", OpenSearchSchema.figureField(plan.stats().get(i)));
        }

        return body;
    }

    @Override
    public Optional<ObjectNode> report(String id) throws IOException {
        ObjectNode q = mapper.createObjectNode();
        q.putObject("query").putObject("term").put(OpenSearchSchema.ID, id);
        q.put("size", 1);
        q.putObject("_source").putArray("includes").add(OpenSearchSchema.REPORT).add(OpenSearchSchema.TEXT).add(OpenSearchSchema.TEXT_PRINTED)
                .add(OpenSearchSchema.SECTIONS);
        JsonNode hits = client.send("POST", "/" + index + "/_search", q).path("hits").path("hits");
        if (hits.isEmpty()) return Optional.empty();
        JsonNode s = hits.get(0).path("_source");
        ObjectNode json = storedJson(s);
        String text = OpenSearchSchema.printedText(s);
        json.set("sections", storedReport.sections(json.path("sections"),
                SectionSpans.texts(s.path(OpenSearchSchema.SECTIONS).asText(""), text)));
        json.put("text", text);
        return Optional.of(json);
    }

    @Override
    public long forEachMatch(String query, String sort, Consumer<? super JsonNode> reportJson) throws IOException {
        Optional<SortOrder> order = SortOrder.parse(sort, catalog);
        QueryTree tree = language.parse(query);
        ObjectNode translated = queries.translate(tree, docCount());
        String pit = client.send("POST", "/" + index + "/_search/point_in_time", null, Map.of("keep_alive", KEEP_ALIVE))
                .path("pit_id").asText();
        try {
            long count = 0;
            JsonNode after = null;
            while (true) {
                ObjectNode body = mapper.createObjectNode();
                body.set("query", translated);
                body.put("size", EXPORT_PAGE).put("track_total_hits", false);
                body.putObject("pit").put("id", pit).put("keep_alive", KEEP_ALIVE);
                body.set("sort", sort(order));
                body.putObject("_source").putArray("includes").add(OpenSearchSchema.REPORT);
                if (after != null) body.set("search_after", after);
                JsonNode answer = client.send("POST", "/_search", body);
                pit = answer.path("pit_id").asText(pit);
                JsonNode hits = answer.path("hits").path("hits");
                for (JsonNode h : hits) {
                    reportJson.accept(storedJson(h.path("_source")));
                    count++;
                }
                if (hits.size() < EXPORT_PAGE) return count;
                after = hits.get(hits.size() - 1).path("sort");
            }
        } finally {
            ObjectNode release = mapper.createObjectNode();
            release.putArray("pit_id").add(pit);
            try {
                client.send("DELETE", "/_search/point_in_time", release);
            } catch (IOException e) {
                // the point in time expires by itself after KEEP_ALIVE
            }
        }
    }

    @Override
    public List<GroupStats> groupStats(String query, String by, FigureKey figure, int maxGroups) throws IOException {
        QueryTree tree = language.parse(query);
        String field = by.equals("year") ? OpenSearchSchema.YEAR : OpenSearchSchema.PROVINCE;
        ObjectNode body = mapper.createObjectNode();
        body.set("query", queries.translate(tree, docCount()));
        body.put("size", 0).put("track_total_hits", true);
        ObjectNode terms = body.putObject("aggs").putObject("groups");
        ObjectNode t = terms.putObject("terms");
        t.put("field", field).put("size", by.equals("year") ? 1000 : maxGroups).put("shard_size", SHARD_FACET_SIZE);
        if (by.equals("year")) t.putObject("order").put("_key", "asc");
        else t.putArray("order").add(mapper.createObjectNode().put("_count", "desc")).add(mapper.createObjectNode().put("_key", "asc"));
        terms.putObject("aggs").putObject("figure").putObject("stats").put("field", OpenSearchSchema.figureField(figure));
        JsonNode answer = client.send("POST", "/" + index + "/_search", body);
        List<GroupStats> out = new ArrayList<>();
        for (JsonNode b : answer.path("aggregations").path("groups").path("buckets")) {
            if (out.size() == maxGroups) break;
            FigureStats s = stats(b.path("figure"), figure);
            out.add(new GroupStats(b.path("key").asText(), b.path("doc_count").asLong(), s));
        }
        return out;
    }

    @Override
    public long size() throws IOException {
        long n = client.send("GET", "/" + index + "/_count", null).path("count").asLong();
        docCount = n;
        docCountAt = System.currentTimeMillis();
        return n;
    }

    @Override
    public SearchLimits limits() {
        return language.limits();
    }

    @Override
    public String describe() {
        return "OpenSearch index " + index + " at " + client.where();
    }

    /** The number of reports, as of at most {@link #DOC_COUNT_TTL_MS} ago. */
    private long docCount() throws IOException {
        if (docCount < 0 || System.currentTimeMillis() - docCountAt > DOC_COUNT_TTL_MS) return size();
        return docCount;
    }

    /**
     * The order of hits: missing values last either way, ties by relevance, then newest year,
     * agency and id, as on the embedded index (SortSpec), so an empty query lists alike on both.
     */
    private ArrayNode sort(Optional<SortOrder> order) {
        ArrayNode sort = mapper.createArrayNode();
        order.ifPresent(o -> {
            String field = o.figure() != null ? OpenSearchSchema.figureField(o.figure())
                    : o.field().equals(SortOrder.YEAR) ? OpenSearchSchema.YEAR : OpenSearchSchema.INDEXED_AT;
            sort.addObject().putObject(field).put("order", o.descending() ? "desc" : "asc").put("missing", "_last")
                    .put("mode", "min");
        });
        sort.addObject().putObject("_score").put("order", "desc");
        sort.addObject().putObject(OpenSearchSchema.YEAR).put("order", "desc").put("missing", "_last");
        sort.addObject().putObject(OpenSearchSchema.AGENCY).put("order", "asc").put("missing", "_last");
        sort.addObject().putObject(OpenSearchSchema.ID).put("order", "asc");
        return sort;
    }

    private Hit hit(JsonNode h, QueryTree query) {
        JsonNode s = h.path("_source");
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        ObjectNode json = storedJson(s);
        json.path("figures").fields().forEachRemaining(e -> {
            if (e.getValue().isNumber()) figures.put(e.getKey(), e.getValue().decimalValue());
        });
        JsonNode year = s.path(OpenSearchSchema.YEAR);
        double score = h.path("_score").asDouble(0);
        return new Hit(s.path(OpenSearchSchema.ID).asText(), text(s, OpenSearchSchema.AGENCY), text(s, OpenSearchSchema.AGENCY_ID),
                year.isNumber() ? year.asInt() : null, text(s, OpenSearchSchema.REGION), text(s, OpenSearchSchema.PROVINCE),
                text(s, OpenSearchSchema.LEVEL), text(s, OpenSearchSchema.SOURCE), (float) score,
                snippets.of(OpenSearchSchema.printedText(s), query.marks()), figures,
                Schema.CHECK_FAILED_VALUE.equals(text(s, OpenSearchSchema.CHECK)),
                s.path(OpenSearchSchema.INDEXED_AT).isNumber() ? s.path(OpenSearchSchema.INDEXED_AT).asLong() : null,
                text(s, OpenSearchSchema.URL),
                json.path("copy_nearest_id").isTextual() ? json.path("copy_nearest_id").asText() : null);
    }

    /** The report's JSON as the index keeps it: a string, so that its keys keep their order and its decimals their digits. */
    private ObjectNode storedJson(JsonNode source) {
        try {
            return (ObjectNode) mapper.readTree(source.path(OpenSearchSchema.REPORT).asText());
        } catch (IOException | ClassCastException e) {
            // Not an I/O failure of this request: the index holds something Gongkai did not write.
            throw new IllegalStateException("a stored report in the index " + index + " is not Gongkai's JSON", e);
        }
    }

    private static String text(JsonNode source, String field) {
        JsonNode v = source.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    /** Years as the embedded index lists them: most reports first, then by year. */
    private static List<FacetValue> yearFacet(JsonNode agg) {
        List<FacetValue> out = buckets(agg);
        out.sort(java.util.Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
        return out;
    }

    private static List<FacetValue> buckets(JsonNode agg) {
        List<FacetValue> out = new ArrayList<>();
        for (JsonNode b : agg.path("buckets")) out.add(new FacetValue(b.path("key").asText(), b.path("doc_count").asLong()));
        return out;
    }

    /**
     * Statistics as the embedded index gives them: whole numbers for counts; amounts to four
     * decimal places, since the cluster adds doubles where the embedded index adds decimals;
     * the mean to four places, half up.
     */
    private static FigureStats stats(JsonNode s, FigureKey key) {
        long count = s.path("count").asLong();
        if (count == 0) return new FigureStats(0, null, null, null, null);
        BigDecimal sum = number(s.path("sum"), key), min = number(s.path("min"), key), max = number(s.path("max"), key);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(count), 4, java.math.RoundingMode.HALF_UP);
        return new FigureStats(count, plain(sum), plain(min), plain(max), plain(mean));
    }

    private static BigDecimal number(JsonNode v, FigureKey key) {
        BigDecimal d = v.decimalValue();
        if (!key.decimal()) return d.setScale(0, java.math.RoundingMode.HALF_EVEN);
        return d.setScale(4, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
