package gongkai.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Times a few requests of each kind, one at a time, after a warm-up: the loop behind both the
 * in-process query latency and the HTTP latency, so that the two are measured alike.
 */
final class LatencySampler {

    /** One request, however it is sent. */
    @FunctionalInterface
    interface Call<T> {
        void run(T request) throws IOException, InterruptedException;
    }

    private LatencySampler() {
    }

    /** Warms up (JIT, caches), then runs each kind's requests {@code rounds} times and reports p50, p99 and max. */
    static <T> List<QueryLatency.Result> sample(Map<String, List<T>> requests, int rounds, Call<T> call)
            throws IOException, InterruptedException {
        for (List<T> list : requests.values()) {
            for (int i = 0; i < Math.max(5, rounds / 5); i++) for (T r : list) call.run(r);
        }
        List<QueryLatency.Result> out = new ArrayList<>();
        for (Map.Entry<String, List<T>> e : requests.entrySet()) {
            double[] ms = new double[rounds * e.getValue().size()];
            int n = 0;
            for (int i = 0; i < rounds; i++) {
                for (T r : e.getValue()) {
                    long t = System.nanoTime();
                    call.run(r);
                    ms[n++] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(ms);
            out.add(new QueryLatency.Result(e.getKey(), ms.length, Percentiles.of(ms, 50), Percentiles.of(ms, 99), ms[ms.length - 1]));
        }
        return out;
    }
}
