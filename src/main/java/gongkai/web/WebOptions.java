package gongkai.web;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the server runs.
 *
 * @param port         TCP port; 0 picks a free one (tests)
 * @param webDir       folder holding index.html, app.js and style.css
 * @param queryTimeout longest a search may take before the client gets a 503
 */
public record WebOptions(int port, Path webDir, Duration queryTimeout) {

    public static final int DEFAULT_PORT = 7070;

    public static WebOptions defaults(Path webDir) {
        return new WebOptions(DEFAULT_PORT, webDir, Duration.ofSeconds(10));
    }

    public WebOptions withPort(int newPort) {
        return new WebOptions(newPort, webDir, queryTimeout);
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
