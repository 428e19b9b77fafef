package gongkai.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's safe defaults: this computer only, GET only on the API, no request bodies. */
class RequestRulesTest {

    @RegisterExtension
    static final TestServer server = TestServer.samples();
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.app.port() + path))
                .timeout(Duration.ofSeconds(30)).method(method, body).build();
        return CLIENT.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void serverListensOnLoopbackByDefault() {
        assertEquals("127.0.0.1", new WebOptions(0, Path.of("web")).host());
        assertTrue(server.app.url().startsWith("http://127.0.0.1:"), server.app.url());
    }

    @Test
    void postOnAnApiRouteIs405WithAllow() throws Exception {
        HttpResponse<String> r = send("POST", "/api/search?q=%E5%85%AC%E5%BC%80", HttpRequest.BodyPublishers.noBody());
        assertEquals(405, r.statusCode(), r.body());
        assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""));
        assertTrue(r.body().contains("\"status\":405"), r.body());
    }

    @Test
    void deleteOnAReportIs405WithAllow() throws Exception {
        HttpResponse<String> r = send("DELETE", "/api/reports/x", HttpRequest.BodyPublishers.noBody());
        assertEquals(405, r.statusCode(), r.body());
        assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void headOnAnApiRouteIsAllowed() throws Exception {
        HttpResponse<String> r = send("HEAD", "/api/fields", HttpRequest.BodyPublishers.noBody());
        assertEquals(200, r.statusCode());
    }

    @Test
    void getWithABodyIsRefused() throws Exception {
        HttpResponse<String> r = send("GET", "/api/fields", HttpRequest.BodyPublishers.ofString("{\"q\":\"x\"}"));
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void getWithoutABodyStillWorks() throws Exception {
        HttpResponse<String> r = send("GET", "/api/fields", HttpRequest.BodyPublishers.noBody());
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void startLineSaysWhoCanReachTheServer() {
        assertTrue(new WebOptions(0, Path.of("web")).reach().startsWith("this computer only"));
        assertTrue(new WebOptions("0.0.0.0", 0, Path.of("web")).reach().startsWith("the network"));
    }
}
