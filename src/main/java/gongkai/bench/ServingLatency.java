package gongkai.bench;

import gongkai.report.FigureCatalog;
import gongkai.search.SearchService;
import gongkai.web.WebApp;
import gongkai.web.WebOptions;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The query part of {@code gongkai bench} alone, on an index that already exists: the standard
 * queries in-process and over HTTP from a second JVM, alternating, the faster pass of each
 * kind counting, and what HTTP adds at p50 per kind, with the feed beside the search.
 *
 * <p>Usage: {@code ServingLatency INDEX_DIR [--rounds N] [--passes N]}; prints the machine's
 * load average beside the figures, as the machine may be shared.
 */
public final class ServingLatency {

    private ServingLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path index = null;
        int rounds = 50;
        int passes = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                default -> index = Path.of(args[i]);
            }
        }
        if (index == null) throw new IllegalArgumentException("usage: ServingLatency INDEX_DIR [--rounds N] [--passes N]");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, BenchResult.Latency> query = new LinkedHashMap<>();
        Map<String, BenchResult.Latency> http = new LinkedHashMap<>();
        String loadBefore = LoadAverage.read();
        try (SearchService service = SearchService.open(index, FigureCatalog.standard());
             WebApp app = WebApp.create(service, new WebOptions(0, WebOptions.defaultWebDir())).start()) {
            for (int pass = 1; pass <= passes; pass++) {
                BenchRun.keepFaster(query, BenchRun.inProcess(service, rounds));
                BenchRun.keepFaster(http, BenchRun.overHttp(app.port(), rounds));
            }
            out.printf(Locale.ROOT, "%,d reports, %d rounds, %d passes; load average before %s, after %s%n",
                    service.size(), rounds, passes, loadBefore, LoadAverage.read());
        }
        out.print(BenchResult.latencyTable(query, http));
    }
}
