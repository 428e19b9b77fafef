package gongkai.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.index.ReportLookup;
import gongkai.index.ReportSink;
import gongkai.report.FigureCatalog;
import gongkai.report.Report;
import gongkai.report.ReportJson;
import gongkai.search.TextAnalysis;
import gongkai.search.EngineUnavailableException;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes reports to an OpenSearch index in bulk requests. The document id is the report's
 * content id, so a report sent twice (a run killed and run again) is one document; the
 * source path is kept beside it, so a changed file replaces its old document and a vanished
 * one can be pruned.
 *
 * <p>A bulk request that the cluster cannot take now (HTTP 429, a node down, a timeout) is
 * sent again with a growing pause; so are the single documents a bulk answer refuses with 429.
 * A document the cluster refuses for good is described to the warnings and left out: the
 * next run tries its file again, since the index does not hold it.
 */
public final class OpenSearchSink implements ReportSink {

    /** A bulk request is sent at this many documents or bytes, whichever comes first. */
    static final int BULK_DOCS = 500;
    static final int BULK_BYTES = 8 * 1024 * 1024;
    /** Attempts of one bulk request, with pauses doubling from the first. */
    static final int ATTEMPTS = 8;
    static final long FIRST_PAUSE_MS = 250;

    private final ClusterClient client;
    private final String index;
    private final OpenSearchDocument documents;
    private final Consumer<String> warnings;
    private final ObjectMapper mapper;
    /** Source path to (content id, content hash, agency id or "") of every document held: the key the embedded index keeps in its terms. */
    private final Map<String, String[]> held;
    private final StringBuilder bulk = new StringBuilder();
    private int bulkDocs;

    public OpenSearchSink(ClusterClient client, String index, OpenSearchDocument documents, Consumer<String> warnings)
            throws IOException {
        this.client = client;
        this.index = index;
        this.documents = documents;
        this.warnings = warnings;
        this.mapper = client.mapper();
        this.held = new HashMap<>(heldSources());
    }

    /**
     * Connects to the cluster and opens its index for writing, creating it with this many
     * shards and replicas if it does not exist.
     */
    public static OpenSearchSink open(List<String> urls, String index, int shards, int replicas,
                                      Consumer<String> warnings) throws IOException {
        ClusterClient client = new ClusterClient(urls);
        try {
            FigureCatalog catalog = FigureCatalog.standard();
            OpenSearchIndex.ensure(client, index, catalog, shards, replicas);
            OpenSearchDocument documents = new OpenSearchDocument(catalog, new ReportJson(), new TextAnalysis(),
                    warnings, System::currentTimeMillis);
            return new OpenSearchSink(client, index, documents, warnings);
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    @Override
    public synchronized void upsert(Report report) throws IOException {
        String[] before = held.get(report.source());
        if (before != null && !before[0].equals(report.id())) action("delete", before[0], null);
        action("index", report.id(), documents.build(report));
        held.put(report.source(), new String[] {report.id(), report.contentHash(),
                report.agencyId() == null ? "" : report.agencyId()});
    }

    @Override
    public synchronized void delete(String source) throws IOException {
        String[] before = held.remove(source);
        if (before != null) action("delete", before[0], null);
    }

    @Override
    public synchronized void commit() throws IOException {
        flush();
        client.send("POST", "/" + index + "/_refresh", null);
    }

    @Override
    public synchronized Map<String, String> indexedSources() {
        Map<String, String> out = new HashMap<>();
        held.forEach((source, idHash) -> out.put(source, idHash[1]));
        return out;
    }

    /** Sends and refreshes what is buffered, so that the searches of the view see every report written. */
    @Override
    public synchronized ReportLookup lookup() throws IOException {
        commit();
        Map<String, String> agencies = new HashMap<>();
        held.forEach((source, idHashAgency) -> {
            if (!idHashAgency[2].isEmpty()) agencies.put(source, idHashAgency[2]);
        });
        return new ClusterLookup(client, index, agencies);
    }

    @Override
    public String where() {
        return index + " on " + client.where();
    }

    @Override
    public long numDocs() throws IOException {
        return client.send("GET", "/" + index + "/_count", null).path("count").asLong();
    }

    private void action(String kind, String id, ObjectNode doc) throws IOException {
        ObjectNode meta = mapper.createObjectNode();
        meta.putObject(kind).put("_index", index).put("_id", id);
        bulk.append(mapper.writeValueAsString(meta)).append('\n');
        if (doc != null) bulk.append(mapper.writeValueAsString(doc)).append('\n');
        if (++bulkDocs >= BULK_DOCS || bulk.length() >= BULK_BYTES / 3) flush(); // a Chinese char is 3 bytes
    }

    /** Sends the buffered actions; retries what the cluster cannot take now. */
    private void flush() throws IOException {
        if (bulkDocs == 0) return;
        String body = bulk.toString();
        bulk.setLength(0);
        bulkDocs = 0;
        long pause = FIRST_PAUSE_MS;
        for (int attempt = 1; ; attempt++) {
            JsonNode answer;
            try {
                answer = client.send("POST", "/_bulk", body);
            } catch (EngineUnavailableException e) {
                if (attempt == ATTEMPTS) throw e;
                warnings.accept("the cluster cannot take a bulk request now (" + e.getMessage() + "); trying again in "
                        + pause + " ms");
                sleep(pause);
                pause *= 2;
                continue;
            }
            body = refusedForNow(body, answer);
            if (body.isEmpty()) return;
            if (attempt == ATTEMPTS) {
                throw new EngineUnavailableException("the cluster kept refusing documents as too busy (HTTP 429) after "
                        + ATTEMPTS + " attempts");
            }
            sleep(pause);
            pause *= 2;
        }
    }

    /**
     * The actions of a bulk body that its answer refused with 429, to be sent again; the
     * others that failed are described to the warnings and forgotten, so that the next run
     * tries their files again.
     */
    private String refusedForNow(String body, JsonNode answer) {
        if (!answer.path("errors").asBoolean(false)) return "";
        String[] lines = body.split("\n");
        StringBuilder again = new StringBuilder();
        ArrayNode items = (ArrayNode) answer.path("items");
        int line = 0;
        for (JsonNode item : items) {
            boolean isIndex = item.has("index");
            JsonNode result = isIndex ? item.get("index") : item.path("delete");
            int status = result.path("status").asInt();
            int width = isIndex ? 2 : 1;
            if (status == 429) {
                for (int i = 0; i < width; i++) again.append(lines[line + i]).append('\n');
            } else if (status >= 300 && !(status == 404 && !isIndex)) {
                String id = result.path("_id").asText();
                warnings.accept("the cluster refused report " + id + " (HTTP " + status + "): "
                        + result.path("error").path("reason").asText("no reason given"));
                held.values().removeIf(idHash -> idHash[0].equals(id));
            }
            line += width;
        }
        return again.toString();
    }

    /** Source, id and hash of every document in the index, read in pages sorted by id. */
    private Map<String, String[]> heldSources() throws IOException {
        Map<String, String[]> out = new HashMap<>();
        String after = null;
        while (true) {
            ObjectNode q = mapper.createObjectNode();
            q.put("size", 5000);
            q.putArray("_source").add(OpenSearchSchema.ID).add(OpenSearchSchema.SOURCE).add(OpenSearchSchema.HASH)
                    .add(OpenSearchSchema.AGENCY_ID);
            q.putArray("sort").addObject().put(OpenSearchSchema.ID, "asc");
            if (after != null) q.putArray("search_after").add(after);
            JsonNode hits = client.send("POST", "/" + index + "/_search", q).path("hits").path("hits");
            for (JsonNode h : hits) {
                JsonNode s = h.path("_source");
                out.put(s.path(OpenSearchSchema.SOURCE).asText(), new String[] {
                        s.path(OpenSearchSchema.ID).asText(), s.path(OpenSearchSchema.HASH).asText(),
                        s.path(OpenSearchSchema.AGENCY_ID).asText("")});
            }
            if (hits.size() < 5000) return out;
            after = hits.get(hits.size() - 1).path("_source").path(OpenSearchSchema.ID).asText();
        }
    }

    private static void sleep(long ms) throws IOException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the cluster", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            commit();
        } finally {
            client.close();
        }
    }
}
