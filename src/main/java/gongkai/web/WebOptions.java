package gongkai.web;

import java.nio.file.Path;

/**
 * How the server runs.
 *
 * @param host         the address to listen on: 127.0.0.1 unless the user asks for more, so that a
 *                     laptop on a shared network does not share its collection with the room
 * @param port         TCP port; 0 picks a free one (tests)
 * @param webDir       folder holding index.html, app.js and style.css
 * @param publicUrl    the address users reach the server at ({@code https://gongkai.example.org}, no
 *                     trailing slash), for the links a feed hands out; null when not given, and the
 *                     links then take the request's Host header (see {@link FeedAddress})
 *
 * <p>How long a search may take is one of the engine's {@link gongkai.search.SearchLimits}.
 */
public record WebOptions(String host, int port, Path webDir, String publicUrl) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public WebOptions {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("--host must name an address");
        if (publicUrl != null) publicUrl = FeedAddress.checkPublicUrl(publicUrl);
    }

    /** Links built from the request's Host header. */
    public WebOptions(String host, int port, Path webDir) {
        this(host, port, webDir, null);
    }

    /** Listening on this machine only. */
    public WebOptions(int port, Path webDir) {
        this(DEFAULT_HOST, port, webDir);
    }

    public static WebOptions defaults(Path webDir) {
        return new WebOptions(DEFAULT_HOST, DEFAULT_PORT, webDir);
    }

    public WebOptions withPort(int newPort) {
        return new WebOptions(host, newPort, webDir, publicUrl);
    }

    public WebOptions withHost(String newHost) {
        return new WebOptions(newHost, port, webDir, publicUrl);
    }

    /** @param url the public address, or null for links from the Host header */
    public WebOptions withPublicUrl(String url) {
        return new WebOptions(host, port, webDir, url);
    }

    /** True when other machines can reach the server: any address but the loopback ones. */
    public boolean reachableFromNetwork() {
        return !(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.startsWith("127."));
    }

    /** Who can reach the server, as the start-up line says it. */
    public String reach() {
        if (!reachableFromNetwork()) return "this computer only (--host 0.0.0.0 to share it with the network)";
        if (host.equals("0.0.0.0") || host.equals("::")) return "the network: it listens on every network interface";
        return "the network at " + host + ": anyone who can reach that address can search it";
    }

    /**
     * The page's folder: {@code ${gongkai.home}/web} when the launcher set that property and the
     * folder exists, else {@code ./web}.
     */
    public static Path defaultWebDir() {
        String home = System.getProperty("gongkai.home");
        if (home != null) {
            Path p = Path.of(home, "web");
            if (java.nio.file.Files.isDirectory(p)) return p;
        }
        return Path.of("web");
    }
}
