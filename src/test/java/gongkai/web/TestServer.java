package gongkai.web;

import gongkai.report.FigureCatalog;
import gongkai.report.Report;
import gongkai.search.SearchService;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The web app on a random port over the sample reports, with a plain HTTP client. */
final class TestServer implements AutoCloseable {

    final List<Report> reports;
    final WebApp app;
    private SearchService search;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(List<Report> reports, WebApp app) {
        this.reports = reports;
        this.app = app;
    }

    static TestServer start(Path indexDir) throws Exception {
        List<Report> reports = SampleReports.load();
        SampleReports.index(reports, indexDir);
        SearchService search = SearchService.open(indexDir, FigureCatalog.standard());
        WebOptions options = new WebOptions(0, Path.of("web"));
        TestServer t = new TestServer(reports, WebApp.create(search, options).start());
        t.search = search;
        return t;
    }

    String base() {
        return "http://localhost:" + app.port();
    }

    /** GET a path given exactly as it goes on the wire (already percent-encoded). */
    HttpResponse<byte[]> get(String rawPath) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base() + rawPath)).timeout(Duration.ofSeconds(30)).GET().build();
        return client.send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A response read off the wire. */
    record Raw(int status, String headers, byte[] body) {
    }

    /**
     * GET over a plain socket, so that the path goes out byte for byte, even when it is not a
     * valid URI ({@code %zz}, a lone {@code %}); HTTP/1.0 keeps the body unchunked.
     */
    Raw rawGet(String rawPath) throws Exception {
        try (java.net.Socket s = new java.net.Socket("localhost", app.port())) {
            s.setSoTimeout(30_000);
            String req = "GET " + rawPath + " HTTP/1.0\r\nHost: localhost\r\nAccept: */*\r\n\r\n";
            s.getOutputStream().write(req.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            byte[] all = s.getInputStream().readAllBytes();
            String text = new String(all, java.nio.charset.StandardCharsets.ISO_8859_1);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            int status = Integer.parseInt(head.substring(9, 12));
            byte[] body = split < 0 ? new byte[0] : java.util.Arrays.copyOfRange(all, split + 4, all.length);
            return new Raw(status, head, body);
        }
    }

    @Override
    public void close() {
        app.close();
        try {
            search.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
