package gongkai.search;

/**
 * A query that cannot be understood. The message says what is wrong and where, in words a
 * journalist can act on, e.g. {@code 第 12 个字符处缺少右引号 (unbalanced quote at 12)}.
 */
public final class QueryException extends RuntimeException {

    private final int position;

    public QueryException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** 0-based character offset in the query where the problem was found, or -1. */
    public int position() {
        return position;
    }
}
