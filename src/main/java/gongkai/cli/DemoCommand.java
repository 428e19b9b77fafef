package gongkai.cli;

import gongkai.copy.CopyPass;
import gongkai.copy.NearestPass;
import gongkai.history.CrossYearPass;
import gongkai.index.IndexRun;
import gongkai.index.IndexRunOptions;
import gongkai.index.IndexSummary;
import gongkai.index.RunProgress;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code gongkai demo}: indexes the bundled sample reports when the index is missing or
 * empty, then serves them. The first thing a new user runs.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Index the bundled sample reports (samples/seeds, samples/real) if the index is empty, and serve them.")
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws Exception {
        Path dir = server.indexDir();
        if (isEmpty(dir)) {
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            List<Path> samples = samples();
            if (samples.isEmpty()) throw new IOException("no sample reports found under samples/ (run from the project folder)");
            err.println("gongkai: indexing the sample reports into " + dir + " …");
            IndexSummary summary = new IndexRun(IndexRunOptions.of(samples, dir), err).withPasses(List.of(new CrossYearPass(), new CopyPass()))
                    .withNeighbourPasses(List.of(new NearestPass()))
                    .run((task, total) -> RunProgress.forConsole(task, total, err));
            err.println(summary.line());
            for (IndexSummary.Failure f : summary.failures()) err.println("failed: " + f.source() + ": " + f.reason());
            for (IndexSummary.Failure f : summary.nonReports()) err.println("not a report: " + f.source() + ": " + f.reason());
        }
        return ServeCommand.serve(server);
    }

    /** True when there is no index in {@code dir}, or one without a report. */
    static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return true;
        try (Directory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) return true;
            try (DirectoryReader r = DirectoryReader.open(d)) {
                return r.numDocs() == 0;
            }
        }
    }

    /** samples/seeds and samples/real in the project folder ({@code gongkai.home}), or in the current folder. */
    static List<Path> samples() {
        String home = System.getProperty("gongkai.home", ".");
        return List.of(Path.of(home, "samples", "seeds"), Path.of(home, "samples", "real")).stream()
                .filter(Files::isDirectory).toList();
    }
}
