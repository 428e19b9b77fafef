package gongkai.search;

/**
 * How much one search may ask for, in one place: the query language, both engines and the
 * web layer (and through {@code /api/fields}, the page) take their limits from here.
 */
public final class SearchLimits {

    private SearchLimits() {
    }

    /** Longer queries are refused: nobody types them, and they cost. */
    public static final int MAX_QUERY_LENGTH = 1000;
    /** Words, phrases and field conditions in one query. */
    public static final int MAX_CLAUSES = 64;
    /** Parentheses nested inside each other. */
    public static final int MAX_NESTING = 20;
    /** Hits per page. */
    public static final int MAX_SIZE = 100;
    /** Deepest hit a page may reach: deep paging costs memory, and nobody reads that far. */
    public static final int MAX_DEPTH = 10_000;
    /** Most values a facet lists (years list all). */
    public static final int FACET_LIMIT = 30;
    /** Most figures one request may ask statistics of. */
    public static final int MAX_STATS = 10;
    /** Entries in a feed: the newest matches; a reader polling often never misses one. */
    public static final int FEED_ENTRIES = 50;
    /** Longest a search may run inside an engine, in milliseconds. */
    public static final long ENGINE_TIMEOUT_MS = 5_000;
}
