package gongkai.cli;

import gongkai.search.FacetValue;
import gongkai.search.FigureStats;
import gongkai.search.Hit;
import gongkai.search.SearchJson;
import gongkai.search.SearchRequest;
import gongkai.search.SearchResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code gongkai search QUERY...}: the results as text for a reader, or with {@code --json}
 * exactly what {@code GET /api/search} returns.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the index.",
                "Examples:  gongkai search 人口普查 province:浙江",
                "           gongkai search '\"行政处罚\" year:[2019 TO 2021] penalty.decisions:>=10' --sort -penalty.decisions"})
public final class SearchCommand implements Callable<Integer> {

    @Mixin
    LookupOptions lookup = new LookupOptions();

    @Option(names = "--size", paramLabel = "N", defaultValue = "10", description = "Hits per page, at most 100 (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page number, from 1 (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--sort", paramLabel = "S", defaultValue = "relevance",
            description = "relevance, year, -year, or a figure key or alias; a leading - sorts descending.")
    String sort;

    @Option(names = "--stats", paramLabel = "KEY", split = ",",
            description = "Figures to sum up over all matches: count, sum, min, max, mean.")
    List<String> stats = List.of();

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; words are ANDed. Empty lists every report.")
    List<String> query = List.of();

    @Override
    public Integer call() throws IOException {
        String q = String.join(" ", query);
        return lookup.run("search", (service, out, err) -> {
            SearchResponse r = service.search(new SearchRequest(q, page, size, sort, stats));
            if (lookup.json) out.println(new SearchJson().write(r));
            else print(r, out);
            return 0;
        });
    }

    private static void print(SearchResponse r, PrintStream out) {
        String q = r.query().isBlank() ? "(all reports)" : r.query();
        out.printf("%d reports match %s  (%.1f ms)%n", r.total(), q, r.tookMs());
        int n = (r.page() - 1) * r.size();
        for (Hit h : r.hits()) {
            out.printf("%n%3d. %s · %s · %s · score %.2f%s%n", ++n, orDash(h.agency()), h.year() == null ? "—" : h.year(),
                    orDash(h.region() != null ? h.region() : h.province()), h.score(), h.checkFailed() ? " · 勾稽不符" : "");
            for (String s : h.highlights()) out.println("     " + terminal(s));
            out.println("     " + h.source());
        }
        if (r.total() > (long) r.page() * r.size()) {
            out.printf("%n(page %d of %d; --page %d for more)%n", r.page(), (r.total() + r.size() - 1) / r.size(), r.page() + 1);
        }
        for (Map.Entry<String, List<FacetValue>> f : r.facets().entrySet()) {
            if (f.getValue().isEmpty()) continue;
            out.printf("%n%-9s %s", f.getKey() + ":", f.getValue().stream().limit(10)
                    .map(v -> v.value() + " (" + v.count() + ")").collect(Collectors.joining(", ")));
        }
        out.println();
        for (Map.Entry<String, FigureStats> s : r.stats().entrySet()) {
            FigureStats st = s.getValue();
            out.printf("%s: count %d, sum %s, min %s, max %s, mean %s%n", s.getKey(), st.count(),
                    plain(st.sum()), plain(st.min()), plain(st.max()), plain(st.mean()));
        }
    }

    /** A snippet for a terminal: marks as 【】, entities back to characters. */
    static String terminal(String html) {
        return html.replace("<mark>", "【").replace("</mark>", "】")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String plain(BigDecimal v) {
        return v == null ? "—" : v.toPlainString();
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }
}
