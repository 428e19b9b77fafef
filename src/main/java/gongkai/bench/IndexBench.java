package gongkai.bench;

import gongkai.extract.ReportExtractor;
import gongkai.index.ReportFiles;
import gongkai.index.NotAReportException;
import gongkai.index.ReportReader;
import gongkai.ingest.IngestException;
import gongkai.ingest.Ingestor;
import gongkai.ingest.SourceText;
import gongkai.report.Report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code IndexBench [FOLDER] [--copies N] [--threads N] [--rounds N]}: indexing throughput
 * beside smartcn analysis alone on the same texts. Without a folder, the bundled seeds are
 * replicated with a numbered line each (so no two texts are equal) into {@code --copies}
 * reports.
 */
public final class IndexBench {

    public static void main(String[] args) throws IOException {
        Path folder = null;
        int copies = 2000;
        int threads = 2;
        int rounds = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--copies" -> copies = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> folder = Path.of(args[i]);
            }
        }
        List<Report> reports = folder == null ? replicatedSeeds(Path.of("samples/seeds"), copies) : read(folder);
        System.out.printf(Locale.ROOT, "corpus: %d reports, %.1f MB of text%n", reports.size(),
                reports.stream().mapToLong(r -> r.text().getBytes(StandardCharsets.UTF_8).length).sum() / 1e6);
        IndexThroughput.Result r = new IndexThroughput(reports, rounds).measure(threads);
        System.out.println(r.analysisOneThread().line());
        System.out.println(r.analysis().line());
        System.out.println(r.indexing().line());
        System.out.printf(Locale.ROOT, "index/analysis on %d threads: %.2f wall-clock, %.2f per cpu-second (bar: >= 0.80)%n",
                threads, r.ratio(), r.cpuRatio());
    }

    /** The seeds, each copied {@code n / seeds} times with its own numbered closing line, extracted. */
    static List<Report> replicatedSeeds(Path seeds, int n) throws IOException {
        List<Path> files = new ReportFiles().list(List.of(seeds)).files();
        ReportExtractor extractor = ReportExtractor.standard();
        List<Report> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Path seed = files.get(i % files.size());
            String text = Files.readString(seed) + "\n副本编号：" + i + "\n";
            String source = seed + "#" + i;
            out.add(extractor.extract(new SourceText(source, "txt",
                    Ingestor.sha256(text.getBytes(StandardCharsets.UTF_8)), text)));
        }
        return out;
    }

    /** Every readable report under the folder; unreadable files are left out of the corpus. */
    static List<Report> read(Path folder) {
        ReportReader reader = ReportReader.standard();
        List<Report> out = new ArrayList<>();
        for (Path file : new ReportFiles().list(List.of(folder)).files()) {
            try {
                out.add(reader.read(file));
            } catch (IngestException | NotAReportException | RuntimeException e) {
                System.err.println("skipped " + file + ": " + e.getMessage());
            }
        }
        return out;
    }
}
