package gongkai.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.index.ReportLookup;
import gongkai.index.StoredReports;
import gongkai.report.Report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ReportLookup} over a cluster's index, read with searches after the sink refreshed it.
 * An agency's reports are read in one search, before any of them is written back, which is
 * all the point-in-time view a pass needs.
 */
final class ClusterLookup implements ReportLookup {

    /** More reports than any one agency publishes. */
    private static final int AGENCY_REPORTS = 1000;
    /**
     * More reports than name one agency's as their nearest: each names one report, and an
     * agency's few reports a year are each the nearest of a handful at most. The cluster's
     * default result window (10,000) bounds it in any case.
     */
    private static final int NAMING_REPORTS = 10_000;

    private final ClusterClient client;
    private final String index;
    private final Map<String, String> agencyIds;
    private final ObjectMapper mapper;
    private final StoredReports stored = new StoredReports();

    ClusterLookup(ClusterClient client, String index, Map<String, String> agencyIds) {
        this.client = client;
        this.index = index;
        this.agencyIds = Map.copyOf(agencyIds);
        this.mapper = client.mapper();
    }

    @Override
    public Map<String, String> agencyIds() {
        return agencyIds;
    }

    @Override
    public List<Report> reportsOf(String agencyId) throws IOException {
        List<Report> out = new ArrayList<>();
        for (JsonNode h : search(OpenSearchSchema.AGENCY_ID, agencyId, AGENCY_REPORTS, false)) {
            out.add(stored.read(json(h.path("_source"))));
        }
        return out;
    }

    @Override
    public Optional<Report> full(String source) throws IOException {
        JsonNode hits = search(OpenSearchSchema.SOURCE, source, 1, true);
        if (hits.isEmpty()) return Optional.empty();
        JsonNode s = hits.get(0).path("_source");
        return Optional.of(stored.read(json(s), OpenSearchSchema.printedText(s),
                s.path(OpenSearchSchema.SECTIONS).asText("")));
    }

    @Override
    public List<Report> sharingBands(int year, String exceptAgency, List<String> bands, int limit) throws IOException {
        if (bands.isEmpty() || limit <= 0) return List.of();
        ObjectNode q = mapper.createObjectNode();
        ObjectNode bool = q.putObject("query").putObject("bool");
        // Each shared band scores 1 (constant_score), so the score counts the bands shared, as on the embedded index.
        var should = bool.putArray("should");
        for (String band : bands) {
            should.addObject().putObject("constant_score").put("boost", 1.0)
                    .putObject("filter").putObject("term").put(OpenSearchSchema.COPY_BANDS, band);
        }
        bool.put("minimum_should_match", 1);
        var filter = bool.putArray("filter");
        filter.addObject().putObject("term").put(OpenSearchSchema.YEAR, year);
        filter.addObject().putObject("exists").put("field", OpenSearchSchema.AGENCY_ID);
        if (exceptAgency != null) bool.putArray("must_not").addObject().putObject("term").put(OpenSearchSchema.AGENCY_ID, exceptAgency);
        q.put("size", limit);
        q.putObject("_source").putArray("includes").add(OpenSearchSchema.REPORT);
        return reports(client.send("POST", "/" + index + "/_search", q).path("hits").path("hits"));
    }

    @Override
    public List<Report> namingAgency(String agencyId) throws IOException {
        return reports(search(OpenSearchSchema.COPY_NEAREST_AGENCY, agencyId, NAMING_REPORTS, false));
    }

    private List<Report> reports(JsonNode hits) throws IOException {
        List<Report> out = new ArrayList<>();
        for (JsonNode h : hits) out.add(stored.read(json(h.path("_source"))));
        return out;
    }

    private JsonNode search(String field, String value, int size, boolean whole) throws IOException {
        ObjectNode q = mapper.createObjectNode();
        q.putObject("query").putObject("term").put(field, value);
        q.put("size", size);
        var includes = q.putObject("_source").putArray("includes").add(OpenSearchSchema.REPORT);
        if (whole) includes.add(OpenSearchSchema.TEXT).add(OpenSearchSchema.TEXT_PRINTED).add(OpenSearchSchema.SECTIONS);
        return client.send("POST", "/" + index + "/_search", q).path("hits").path("hits");
    }

    private static byte[] json(JsonNode source) {
        return source.path(OpenSearchSchema.REPORT).asText("{}").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
    }
}
