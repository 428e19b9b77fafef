package gongkai.opensearch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.report.ReportJson;
import gongkai.search.EngineUnavailableException;
import org.apache.http.HttpHost;
import org.apache.http.util.EntityUtils;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.client.RestClient;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * JSON over HTTP to an OpenSearch cluster, through OpenSearch's own low-level REST client,
 * which spreads requests over the listed nodes and moves on from one that is down. Every
 * failure becomes a one-line message: a cluster that cannot answer is an
 * {@link EngineUnavailableException}; a request the cluster refuses is an
 * {@link IOException} with the cluster's reason.
 */
public final class ClusterClient implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int SOCKET_TIMEOUT_MS = 60_000;

    /** Amounts come back as the decimals they were written as, never through a double. */
    private final ObjectMapper mapper = decimalMapper();

    /** A mapper that reads every number with a fraction as the decimal it was written as. */
    static ObjectMapper decimalMapper() {
        return ReportJson.newMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }
    private final RestClient client;
    private final String where;

    public ClusterClient(List<String> urls) {
        if (urls.isEmpty()) throw new IllegalArgumentException("no cluster address given (--url http://HOST:PORT)");
        HttpHost[] hosts = new HttpHost[urls.size()];
        for (int i = 0; i < hosts.length; i++) {
            try {
                hosts[i] = HttpHost.create(urls.get(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a cluster address: " + urls.get(i) + " (expected http://HOST:PORT)");
            }
            if (hosts[i].getPort() < 0) throw new IllegalArgumentException("no port in " + urls.get(i) + " (expected http://HOST:PORT)");
        }
        this.client = RestClient.builder(hosts)
                .setRequestConfigCallback(c -> c.setConnectTimeout(CONNECT_TIMEOUT_MS).setSocketTimeout(SOCKET_TIMEOUT_MS))
                .build();
        this.where = String.join(",", urls);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The cluster's addresses, as given. */
    public String where() {
        return where;
    }

    /** Sends a request; the body is JSON (or null). */
    public JsonNode send(String method, String endpoint, Object body) throws IOException {
        return send(method, endpoint, body, Map.of());
    }

    public JsonNode send(String method, String endpoint, Object body, Map<String, String> params) throws IOException {
        Request request = new Request(method, endpoint);
        request.addParameters(params);
        if (body != null) request.setJsonEntity(body instanceof String s ? s : mapper.writeValueAsString(body));
        Response response = perform(request);
        if (response.getEntity() == null) return mapper.createObjectNode();
        try (InputStream in = response.getEntity().getContent()) {
            return mapper.readTree(in);
        }
    }

    /** The HTTP status of a request whose answer does not matter beyond it (e.g. HEAD /index). */
    public int status(String method, String endpoint) throws IOException {
        try {
            return perform(new Request(method, endpoint)).getStatusLine().getStatusCode();
        } catch (ClusterRefusal e) {
            return e.status();
        }
    }

    private Response perform(Request request) throws IOException {
        try {
            return client.performRequest(request);
        } catch (ResponseException e) {
            int status = e.getResponse().getStatusLine().getStatusCode();
            String reason = reason(e.getResponse());
            if (status == 429 || status >= 500) {
                throw new EngineUnavailableException("OpenSearch at " + where + " cannot answer now (HTTP " + status + ": " + reason
                        + "); try again shortly");
            }
            throw new ClusterRefusal(status, "OpenSearch at " + where + " refused " + request.getMethod() + " "
                    + request.getEndpoint() + " (HTTP " + status + "): " + reason);
        } catch (IOException e) {
            throw new EngineUnavailableException("cannot reach OpenSearch at " + where + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /** The first root cause's reason of an error response, or its status line. */
    private String reason(Response response) {
        try {
            if (response.getEntity() == null) return response.getStatusLine().getReasonPhrase();
            String body = EntityUtils.toString(response.getEntity());
            JsonNode error = mapper.readTree(body).path("error");
            JsonNode cause = error.path("root_cause").path(0);
            String r = cause.path("reason").asText(error.path("reason").asText(""));
            return r.isEmpty() ? body.substring(0, Math.min(200, body.length())) : r;
        } catch (IOException | RuntimeException e) {
            return response.getStatusLine().getReasonPhrase();
        }
    }

    /** A request the cluster answered with a 4xx status. */
    public static final class ClusterRefusal extends IOException {
        private final int status;

        ClusterRefusal(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
