package gongkai.web;

import gongkai.report.FigureCatalog;
import gongkai.report.Report;
import gongkai.search.SearchService;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The web app over the sample reports, with a plain HTTP client. The reports are read and indexed,
 * and the app started, once for every test class of a run that registers it (reading the sample
 * PDFs is most of a web test's set-up); the run's end closes them. A test class registers it with
 * {@code @RegisterExtension static final TestServer server = TestServer.samples();}.
 */
final class TestServer implements BeforeAllCallback {

    private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(TestServer.class);

    /** Set before the class's first test, from the run's one {@link SampleApp}. */
    List<Report> reports;
    WebApp app;
    private SearchService search;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer() {
    }

    static TestServer samples() {
        return new TestServer();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        SampleApp running = context.getRoot().getStore(SHARED)
                .getOrComputeIfAbsent(SampleApp.class, k -> SampleApp.start(), SampleApp.class);
        reports = running.reports();
        app = running.app();
        search = running.search();
    }

    /** A second app over the same index, with other options; the caller closes it. */
    WebApp startAnother(WebOptions options) {
        return WebApp.create(search, options).start();
    }

    /** The started app, its search and its index folder: closed by JUnit when the run ends. */
    private record SampleApp(List<Report> reports, WebApp app, SearchService search, Path indexDir) implements AutoCloseable {

        static SampleApp start() {
            try {
                List<Report> reports = SampleReports.load();
                Path indexDir = Files.createTempDirectory("gongkai-web-test");
                SampleReports.index(reports, indexDir);
                SearchService search = SearchService.open(indexDir, FigureCatalog.standard());
                WebOptions options = new WebOptions(0, Path.of("web"));
                return new SampleApp(reports, WebApp.create(search, options).start(), search, indexDir);
            } catch (Exception e) {
                throw new IllegalStateException("the sample web app did not start", e);
            }
        }

        @Override
        public void close() throws IOException {
            app.close();
            search.close();
            try (Stream<Path> files = Files.walk(indexDir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
            }
        }
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
        return rawGet(rawPath, "localhost");
    }

    /** {@link #rawGet(String)} with the Host header given, byte for byte as a client may forge it. */
    Raw rawGet(String rawPath, String host) throws Exception {
        return rawGet(app.port(), rawPath, host);
    }

    /** {@link #rawGet(String, String)} to the app on {@code port}. */
    static Raw rawGet(int port, String rawPath, String host) throws Exception {
        try (java.net.Socket s = new java.net.Socket("localhost", port)) {
            s.setSoTimeout(30_000);
            String req = "GET " + rawPath + " HTTP/1.0\r\nHost: " + host + "\r\nAccept: */*\r\n\r\n";
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
}
