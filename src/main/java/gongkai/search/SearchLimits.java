package gongkai.search;

import java.time.Duration;

/**
 * How much one search may ask for, in one place. One value is built at start-up and passed to
 * the query language, the engine, the web layer and, through {@code /api/fields}, the page, so
 * that a limit is changed here and nowhere else.
 *
 * @param maxQueryLength longer queries are refused: nobody types them, and they cost
 * @param maxClauses     words, phrases and field conditions in one query
 * @param maxNesting     parentheses nested inside each other
 * @param maxSize        hits per page
 * @param maxDepth       deepest hit a page may reach: deep paging costs memory, and nobody reads that far
 * @param facetLimit     most values a facet lists (years list all)
 * @param maxStats       most figures one request may ask statistics of
 * @param timeout        longest a search may run; past it the client gets a 503 that says so
 */
public record SearchLimits(int maxQueryLength, int maxClauses, int maxNesting, int maxSize, int maxDepth,
                           int facetLimit, int maxStats, Duration timeout) {

    /** The limits Gongkai runs with unless told otherwise. */
    public static final SearchLimits DEFAULTS =
            new SearchLimits(1000, 64, 20, 100, 10_000, 30, 10, Duration.ofSeconds(5));

    /** Entries in a feed (at most {@link #maxSize}): the newest matches, so a reader polling daily misses none. */
    public static final int FEED_ENTRIES = 50;

    public SearchLimits {
        if (maxQueryLength < 1 || maxClauses < 1 || maxNesting < 1 || maxSize < 1 || maxDepth < maxSize
                || facetLimit < 1 || maxStats < 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("search limits must be positive, and the depth at least a page");
        }
    }

    /** The same limits with another time limit ({@code serve --timeout}). */
    public SearchLimits withTimeout(Duration newTimeout) {
        return new SearchLimits(maxQueryLength, maxClauses, maxNesting, maxSize, maxDepth, facetLimit, maxStats, newTimeout);
    }

    /** The deepest page of {@code size} hits a client may ask for. */
    public int maxPage(int size) {
        return Math.max(1, maxDepth / Math.max(1, size));
    }

    /**
     * The message of a search that ran out of time, the same from every engine and the web
     * layer: the answer is 503 (try again, or narrow the query), not 400, since the query is valid.
     */
    public String timeoutMessage() {
        long s = Math.max(1, timeout.toSeconds());
        return "查询超时（超过 " + s + " 秒），请缩小查询范围 (query timed out after " + s + " s; narrow the query)";
    }
}
