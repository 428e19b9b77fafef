package gongkai.web;

import gongkai.search.EngineUnavailableException;
import gongkai.search.SearchEngine;
import gongkai.search.SearchLimits;
import io.javalin.http.HttpResponseException;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs searches with a time limit and a bound on how many run at once, so that one expensive
 * query cannot hold a request thread for ever and a flood of them cannot queue without bound.
 * A query that runs out of time, or finds no room, answers 503 with a message.
 *
 * <p>An engine that stops itself at its time limit ({@link SearchEngine#stopsAtItsLimit()}: the
 * embedded index checks a deadline while it counts) runs on the request's own thread, behind a
 * semaphore: handing it to a pool thread and waiting for it cost a thread wake-up each way,
 * which on a loaded machine was a millisecond or more of every answer. Other engines (a cluster
 * that may stall) and other work run on the pool, watched from the request thread.
 */
final class QueryClock implements AutoCloseable {

    private final ThreadPoolExecutor pool;
    /**
     * A little longer than the engine's own limit: the engine stops the search itself and says
     * so; this clock is the backstop for what the engine cannot interrupt (a stalled cluster).
     */
    private static final Duration GRACE = Duration.ofSeconds(1);

    private final Duration timeout;
    private final String timeoutMessage;

    /** Room for searches run on the request thread: as many as the pool has threads. */
    private final Semaphore inline;
    private final boolean engineStopsItself;

    QueryClock(SearchLimits limits) {
        this(limits, false);
    }

    /** @param engineStopsItself whether {@link #search} may run on the caller's thread (the engine keeps its own time limit) */
    QueryClock(SearchLimits limits, boolean engineStopsItself) {
        this.engineStopsItself = engineStopsItself;
        this.timeout = limits.timeout().plus(GRACE);
        this.timeoutMessage = limits.timeoutMessage();
        int threads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(512), r -> {
            Thread t = new Thread(r, "gongkai-query-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        this.inline = new Semaphore(threads);
    }

    /**
     * Runs a call to the search engine: on this thread when the engine keeps its own time
     * limit, otherwise as {@link #call}. The engine's own 503 ({@code EngineUnavailableException})
     * passes through either way.
     */
    <T> T search(Callable<T> work) {
        if (!engineStopsItself) return call(work);
        try {
            if (!inline.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new HttpResponseException(503, "服务繁忙，请稍后再试 (server busy, try again shortly)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpResponseException(503, "查询被中断 (query interrupted)");
        }
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw failure(e);
        } finally {
            inline.release();
        }
    }

    <T> T call(Callable<T> work) {
        Future<T> f;
        try {
            f = pool.submit(work);
        } catch (RejectedExecutionException e) {
            throw new HttpResponseException(503, "服务繁忙，请稍后再试 (server busy, try again shortly)");
        }
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new HttpResponseException(503, timeoutMessage);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new HttpResponseException(503, "查询被中断 (query interrupted)");
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    /** What a failed search is thrown as: its own runtime exception, a 503 for an engine that is down, else a 500. */
    private static RuntimeException failure(Throwable cause) {
        if (cause instanceof RuntimeException re) return re;
        if (cause instanceof EngineUnavailableException down) return new HttpResponseException(503, down.getMessage());
        if (cause instanceof Error err) throw err;
        return new IllegalStateException(cause);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
