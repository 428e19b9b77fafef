package gongkai.web;

import gongkai.search.EngineUnavailableException;
import gongkai.search.SearchLimits;
import io.javalin.http.HttpResponseException;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs searches on a bounded pool with a time limit, so that one expensive query cannot hold
 * a request thread for ever and a flood of them cannot queue without bound. A query that
 * runs out of time, or finds the pool full, answers 503 with a message.
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

    QueryClock(SearchLimits limits) {
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
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof EngineUnavailableException down) throw new HttpResponseException(503, down.getMessage());
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
