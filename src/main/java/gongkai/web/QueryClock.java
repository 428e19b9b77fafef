package gongkai.web;

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
    private final Duration timeout;

    QueryClock(Duration timeout) {
        this.timeout = timeout;
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
            throw new HttpResponseException(503, "查询超时（超过 " + timeout.toSeconds()
                    + " 秒），请缩小查询范围 (query timed out)");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new HttpResponseException(503, "查询被中断 (query interrupted)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
