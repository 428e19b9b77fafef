package gongkai.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything an indexing run is told: what to read, where to write, and how often to commit.
 *
 * @param paths       files and folders to index
 * @param indexDir    the index folder, created when missing
 * @param threads     worker threads that read, extract and add reports
 * @param prune       remove documents whose file no longer exists
 * @param commitEvery commit after this many changed documents, so a crash loses at most that many
 * @param commitAfter commit at least this often while there are uncommitted changes
 */
public record IndexRunOptions(List<Path> paths, Path indexDir, int threads, boolean prune,
                              int commitEvery, Duration commitAfter) {

    public static final int DEFAULT_THREADS = 2;
    public static final int DEFAULT_COMMIT_EVERY = 50_000;
    public static final Duration DEFAULT_COMMIT_AFTER = Duration.ofSeconds(30);

    public IndexRunOptions {
        paths = List.copyOf(paths);
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        if (commitEvery < 1) throw new IllegalArgumentException("--commit-every must be at least 1, not " + commitEvery);
    }

    public static IndexRunOptions of(List<Path> paths, Path indexDir) {
        return new IndexRunOptions(paths, indexDir, DEFAULT_THREADS, false, DEFAULT_COMMIT_EVERY, DEFAULT_COMMIT_AFTER);
    }

    /**
     * The index folder when none is given: {@code index} under the project folder when the
     * launcher names it ({@code -Dgongkai.home}), else {@code index} in the current folder.
     */
    public static Path defaultIndexDir() {
        String home = System.getProperty("gongkai.home");
        return home == null || home.isBlank() ? Path.of("index") : Path.of(home, "index");
    }

    /** The effective configuration, as logged at the start of a run. */
    public String describe() {
        return "index " + indexDir.toAbsolutePath().normalize() + ", " + threads + (threads == 1 ? " thread" : " threads")
                + ", commit every " + commitEvery + " reports or " + commitAfter.toSeconds() + " s"
                + ", prune " + (prune ? "on" : "off") + ", paths " + paths;
    }
}
