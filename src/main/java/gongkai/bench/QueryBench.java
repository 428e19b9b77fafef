package gongkai.bench;

import gongkai.index.ReportIndexer;
import gongkai.report.FigureCatalog;
import gongkai.report.Report;
import gongkai.search.SearchService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code QueryBench [INDEX_DIR] [--copies N] [--rounds N]}: p50/p99 query latency for term,
 * phrase, range, facet, sort and stats queries. Without an index directory it builds a
 * temporary index of {@code --copies} replicated seeds (default 2000) and deletes it after.
 */
public final class QueryBench {

    public static void main(String[] args) throws IOException {
        Path index = null;
        int copies = 2000;
        int rounds = 50;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--copies" -> copies = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> index = Path.of(args[i]);
            }
        }
        Path temp = null;
        if (index == null) {
            temp = Files.createTempDirectory("gongkai-querybench");
            index = temp;
            List<Report> reports = IndexBench.replicatedSeeds(Path.of("samples/seeds"), copies);
            try (ReportIndexer indexer = new ReportIndexer(index)) {
                for (Report r : reports) indexer.upsert(r);
                indexer.commit();
            }
        }
        try (SearchService service = SearchService.open(index, FigureCatalog.standard())) {
            System.out.printf("index: %s, %d reports, %d rounds per query%n", index, service.size(), rounds);
            for (QueryLatency.Result r : new QueryLatency(service, rounds).measure(QueryLatency.standardQueries())) {
                System.out.println(r.line());
            }
        } finally {
            if (temp != null) deleteTree(temp);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
