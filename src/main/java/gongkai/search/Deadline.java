package gongkai.search;

/**
 * The moment a search must give up, checked by the collectors that visit every match. A
 * searcher shared by every request cannot carry one request's time limit, so the limit travels
 * with the request's collectors instead; the collector that finds it passed throws
 * {@link Exceeded}, which the engine turns into a 503 with {@link SearchLimits#timeoutMessage()}.
 */
record Deadline(long endNanos) {

    /** Matches between two looks at the clock: System.nanoTime per match would cost more than the counting. */
    static final int CHECK_EVERY = 1024;

    static Deadline after(SearchLimits limits) {
        return new Deadline(System.nanoTime() + limits.timeout().toNanos());
    }

    /** Throws {@link Exceeded} when the time is up. */
    void check() {
        if (System.nanoTime() - endNanos > 0) throw new Exceeded();
    }

    /** Thrown from inside a collector; carries no stack trace, since it is an answer, not a fault. */
    static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("search time limit passed", null, false, false);
        }
    }
}
