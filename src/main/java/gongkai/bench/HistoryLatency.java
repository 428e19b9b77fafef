package gongkai.bench;

import gongkai.diff.ReportDiff;
import gongkai.diff.UnknownReportException;
import gongkai.history.AgencyHistory;
import gongkai.report.FigureCatalog;
import gongkai.search.Hit;
import gongkai.search.SearchEngine;
import gongkai.search.SearchRequest;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The latency of an agency's history ({@link AgencyHistory}, {@code /api/agencies/{id}}) and of a
 * report's diff against its year before ({@link ReportDiff}, {@code /api/diff?to=}), in-process
 * and as paths for {@link HttpLatency}, over agencies and reports sampled from every year of the
 * index after the first. The bar: under {@value #BAR_MS} ms at 100,000 reports.
 */
public final class HistoryLatency {

    public static final double BAR_MS = 50;
    static final String HISTORY = "history";
    static final String DIFF = "diff";

    /** The sampled agencies and reports: reports with a year before, a few of each year. */
    public record Sample(List<String> agencies, List<String> reports) {

        /** The requests, as {@link HttpLatency} sends them: kind → paths under the server. */
        Map<String, List<String>> paths() {
            Map<String, List<String>> m = new LinkedHashMap<>();
            m.put(HISTORY, agencies.stream().map(a -> "/api/agencies/" + enc(a)).toList());
            m.put(DIFF, reports.stream().map(r -> "/api/diff?to=" + enc(r)).toList());
            return m;
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    /**
     * Up to {@code perYear} reports of each year from {@code firstYear + 1} to {@code lastYear}
     * that have an agency and a report of the year before to be compared with, and their agencies.
     */
    public static Sample sample(SearchEngine engine, FigureCatalog catalog, int firstYear, int lastYear, int perYear)
            throws IOException {
        ReportDiff diff = new ReportDiff(engine, catalog);
        Set<String> agencies = new LinkedHashSet<>();
        List<String> reports = new ArrayList<>();
        for (int year = firstYear + 1; year <= lastYear; year++) {
            // Ordered by a figure, so that the sample is spread over the index rather than its first files.
            for (Hit h : engine.search(new SearchRequest("year:" + year, 1, perYear, "-apply.new.total", List.of())).hits()) {
                if (h.agencyId() == null) continue;
                try {
                    diff.againstYearBefore(h.id());
                } catch (UnknownReportException e) {
                    continue; // no year before in the index: a 404, not a diff
                }
                agencies.add(h.agencyId());
                reports.add(h.id());
            }
        }
        return new Sample(List.copyOf(agencies), List.copyOf(reports));
    }

    private final SearchEngine engine;
    private final FigureCatalog catalog;
    private final int rounds;

    public HistoryLatency(SearchEngine engine, FigureCatalog catalog, int rounds) {
        this.engine = engine;
        this.catalog = catalog;
        this.rounds = rounds;
    }

    /** p50, p99 and max of each kind, in-process. */
    public List<QueryLatency.Result> measure(Sample sample) throws IOException {
        AgencyHistory history = new AgencyHistory(engine, catalog);
        ReportDiff diff = new ReportDiff(engine, catalog);
        Map<String, List<LatencySampler.Call<Void>>> calls = new LinkedHashMap<>();
        calls.put(HISTORY, sample.agencies().stream().<LatencySampler.Call<Void>>map(a -> v -> {
            if (history.of(a).isEmpty()) throw new IOException("no history of agency " + a);
        }).toList());
        calls.put(DIFF, sample.reports().stream().<LatencySampler.Call<Void>>map(r -> v -> diff.againstYearBefore(r)).toList());
        try {
            return LatencySampler.sample(calls, rounds, call -> call.run(null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
