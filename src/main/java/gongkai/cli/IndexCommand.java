package gongkai.cli;

import gongkai.copy.CopyPass;
import gongkai.copy.NearestPass;
import gongkai.history.CrossYearPass;
import gongkai.index.IndexRun;
import gongkai.index.IndexRunOptions;
import gongkai.index.IndexStoppedException;
import gongkai.index.IndexSummary;
import gongkai.index.ReportIndexer;
import gongkai.index.ReportReader;
import gongkai.index.ReportSink;
import gongkai.index.RunProgress;
import gongkai.ingest.Ingestor;
import gongkai.opensearch.OpenSearchSink;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code gongkai index [--index DIR] PATH...}: indexes files and folders of reports. Exit
 * status 0 when every file was indexed or unchanged, 1 when any failed, 2 when the index
 * could not be written and the run stopped.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Index files and folders of reports.",
                "Unchanged files are skipped, changed files replace their old document, and the index is "
                        + "committed in batches, so an interrupted run resumes where it stopped."})
public final class IndexCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files and folders (hidden files and *.truth.json are skipped).")
    List<Path> paths;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    @Option(names = "--include-nonreports",
            description = "Also index files that have none of a report's marks (a 年度报告 title, the six parts, a standard table, an agency with a year).")
    boolean includeNonReports;

    @Option(names = "--shards", paramLabel = "N", description = "Shards of a new index on the cluster (default: ${DEFAULT-VALUE}).")
    int shards = 1;

    @Option(names = "--replicas", paramLabel = "N", description = "Replicas of each shard of a new index on the cluster (default: ${DEFAULT-VALUE}).")
    int replicas = 1;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = IndexRunOptions.DEFAULT_THREADS;

    @Option(names = "--prune", description = "Also remove the documents whose file no longer exists.")
    boolean prune;

    @Option(names = "--commit-every", paramLabel = "N", description = "Commit after this many changed reports (default: ${DEFAULT-VALUE}).")
    int commitEvery = IndexRunOptions.DEFAULT_COMMIT_EVERY;

    @Option(names = "--commit-seconds", paramLabel = "S", description = "Commit at least this often, in seconds (default: ${DEFAULT-VALUE}).")
    long commitSeconds = IndexRunOptions.DEFAULT_COMMIT_AFTER.toSeconds();

    @Option(names = "--verbose", description = "When the run stops, also print the stack trace of what stopped it.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        IndexRunOptions options = new IndexRunOptions(paths, engine.indexDir(),
                threads, prune, commitEvery, Duration.ofSeconds(Math.max(1, commitSeconds)));
        ReportSink.Factory sinks = engine.onCluster()
                ? warnings -> OpenSearchSink.open(engine.urls(), engine.indexName, shards, replicas, warnings)
                : warnings -> new ReportIndexer(options.indexDir(), warnings);
        // one reader of files for all workers: OCR's page threads are then shared, one per core
        Ingestor ingestor = new Ingestor(reading.ingest());
        String noOcr = ingestor.ocrUnavailable();
        if (noOcr != null) err.println("gongkai index: " + ReadingOptions.ocrMissing(noOcr));
        boolean keepAll = includeNonReports;
        return execute(new IndexRun(options, () -> ReportReader.standard(ingestor, keepAll), err, sinks,
                List.of(new CrossYearPass(), new CopyPass())).withNeighbourPasses(List.of(new NearestPass())), verbose, out, err);
    }
    /** Runs and prints the outcome; the exit status as documented above. */
    static int execute(IndexRun run, boolean verbose, PrintStream out, PrintStream err) throws IOException {
        IndexSummary summary;
        try {
            summary = run.run((task, total) -> RunProgress.forConsole(task, total, err));
        } catch (IndexStoppedException e) {
            err.println("gongkai index: " + e.getMessage());
            if (verbose) e.printStackTrace(err);
            return 2;
        }
        out.println(summary.line());
        for (IndexSummary.Duplicate d : summary.duplicates()) out.println("duplicate: " + d.source() + ": same bytes as " + d.sameAs());
        for (IndexSummary.Failure f : summary.failures()) out.println("failed: " + f.source() + ": " + f.reason());
        for (IndexSummary.Failure f : summary.nonReports()) out.println("not a report: " + f.source() + ": " + f.reason());
        return summary.anyFailed() ? 1 : 0;
    }
}
