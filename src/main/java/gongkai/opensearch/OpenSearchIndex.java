package gongkai.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.report.FigureCatalog;

import java.io.IOException;

/**
 * Makes sure an index on the cluster is Gongkai's: creates it with {@link OpenSearchSchema}
 * when it does not exist (for indexing), and refuses one that something else created, or a
 * cluster without the smartcn plugin, with a one-line message that says what to do.
 */
final class OpenSearchIndex {

    private OpenSearchIndex() {
    }

    /** For indexing: creates the index if it is missing. */
    static void ensure(ClusterClient client, String index, FigureCatalog catalog, int shards, int replicas) throws IOException {
        checkName(index);
        if (client.status("HEAD", "/" + index) == 404) {
            requireSmartcn(client);
            client.send("PUT", "/" + index, OpenSearchSchema.index(shards, replicas, catalog));
        }
        verify(client, index);
    }

    /** For searching: the index must exist and be Gongkai's. */
    static void verify(ClusterClient client, String index) throws IOException {
        checkName(index);
        if (client.status("HEAD", "/" + index) == 404) {
            throw new IOException("no index " + index + " on OpenSearch at " + client.where()
                    + " (run: gongkai index --engine opensearch --url " + client.where() + " --index-name " + index + " FILES...)");
        }
        JsonNode mapping = client.send("GET", "/" + index + "/_mapping", null);
        JsonNode meta = mapping.path(index).path("mappings").path("_meta").path(OpenSearchSchema.META_KEY);
        if (meta.isMissingNode()) {
            throw new IOException("the index " + index + " on " + client.where() + " was not created by Gongkai; "
                    + "choose another with --index-name");
        }
        if (meta.asInt() != OpenSearchSchema.VERSION) {
            throw new IOException("the index " + index + " on " + client.where() + " has Gongkai schema " + meta.asInt()
                    + ", this version reads " + OpenSearchSchema.VERSION + "; index the reports again into a new --index-name");
        }
    }

    private static void requireSmartcn(ClusterClient client) throws IOException {
        JsonNode plugins = client.send("GET", "/_cat/plugins", null, java.util.Map.of("format", "json"));
        for (JsonNode p : plugins) if ("analysis-smartcn".equals(p.path("component").asText())) return;
        throw new IOException("OpenSearch at " + client.where() + " has no analysis-smartcn plugin, which Gongkai's "
                + "index needs (install it on every node: bin/opensearch-plugin install analysis-smartcn)");
    }

    /** OpenSearch's own rules for index names, checked here so that the error names the option. */
    private static void checkName(String index) {
        if (index == null || !index.matches("[a-z0-9][a-z0-9_.-]{0,200}") || index.equals(".") || index.equals("..")) {
            throw new IllegalArgumentException("not an index name: " + index
                    + " (--index-name takes lower-case letters, digits, '-', '_' and '.')");
        }
    }
}
