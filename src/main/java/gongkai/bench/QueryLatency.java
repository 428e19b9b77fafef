package gongkai.bench;

import gongkai.search.SearchRequest;
import gongkai.search.SearchEngine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Query latency by kind of query — term, phrase, range, facet, sort and stats — as p50 and
 * p99 over repeated runs of a few queries of each kind, after a warm-up. Every search also
 * counts facets over all matches, so "facet" isolates a broad match whose counting dominates.
 */
public final class QueryLatency {

    /** One kind's latencies in milliseconds. */
    public record Result(String kind, int runs, double p50, double p99, double max) {
        public String line() {
            return String.format(Locale.ROOT, "%-7s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms   (%d runs)", kind, p50, p99, max, runs);
        }
    }

    /** The requests of each kind: what readers of the reports typically ask. */
    public static Map<String, List<SearchRequest>> standardQueries() {
        Map<String, List<SearchRequest>> m = new LinkedHashMap<>();
        m.put("term", List.of(req("公开"), req("统计"), req("申请"), req("复议")));
        m.put("phrase", List.of(req("\"政府信息公开\""), req("“行政复议”"), req("「主动公开」"), req("\"依申请公开\"")));
        m.put("range", List.of(req("penalty.decisions:>=1"), req("year:[2019 TO 2021]"),
                req("apply.new.total:[1 TO 100]"), req("公开 apply.granted.total:>0")));
        m.put("facet", List.of(req(""), req("province:浙江"), req("level:市级"), req("-year:2021")));
        m.put("sort", List.of(new SearchRequest("公开", 1, 10, "-year", List.of()),
                new SearchRequest("申请", 1, 10, "-apply.new.total", List.of()),
                new SearchRequest("", 1, 10, "penalty.decisions", List.of()),
                new SearchRequest("公开", 3, 20, "-行政处罚", List.of())));
        m.put("stats", List.of(new SearchRequest("", 1, 10, "relevance", List.of("apply.new.total", "penalty.decisions")),
                new SearchRequest("公开", 1, 10, "relevance", List.of("apply.granted.total", "review.total", "fees.amount_wan"))));
        return m;
    }

    private static SearchRequest req(String q) {
        return SearchRequest.of(q);
    }

    private final SearchEngine service;
    private final int rounds;

    /** @param rounds how many times each query runs after the warm-up */
    public QueryLatency(SearchEngine service, int rounds) {
        this.service = service;
        this.rounds = rounds;
    }

    public List<Result> measure(Map<String, List<SearchRequest>> queries) throws IOException {
        try {
            return LatencySampler.sample(queries, rounds, service::search);
        } catch (InterruptedException e) {
            // an in-process search never waits on another thread; keep the flag for the caller
            Thread.currentThread().interrupt();
            throw new IOException("query latency measurement interrupted", e);
        }
    }
}
