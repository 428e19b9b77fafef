package gongkai.cli;

import gongkai.bench.BenchResult;
import gongkai.bench.BenchRun;
import gongkai.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code gongkai bench [--count N] [--seed S] [--work DIR]}: the whole path on a synthetic
 * corpus — extraction and its accuracy, smartcn alone, indexing, search in-process and over
 * HTTP — as a table on standard output and the same figures in {@code target/bench.json}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the whole path on a synthetic corpus.",
                "The corpus is generated under the work folder on the first run and reused by runs with the same count and seed."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--count", paramLabel = "N", description = "Reports in the corpus (default: ${DEFAULT-VALUE}).")
    long count = 2000;

    @Option(names = "--seed", paramLabel = "S", description = "The corpus's random seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the corpus and the index (default: target/bench in the project folder).")
    Path work;

    @Option(names = "--json", paramLabel = "FILE", description = "Where to write the figures (default: target/bench.json in the project folder).")
    Path json;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = 2;

    @Option(names = "--rounds", paramLabel = "N", description = "Runs of each query (default: ${DEFAULT-VALUE}).")
    int rounds = 50;

    @Option(names = "--sample", paramLabel = "N", description = "Report texts for the smartcn baseline (default: ${DEFAULT-VALUE}).")
    int sample = 5000;

    @Option(names = "--engines", paramLabel = "LIST", split = ",",
            description = "embedded (the default), or embedded,opensearch to run the OpenSearch engine beside it on the same corpus.")
    List<String> engines = List.of("embedded");

    @Option(names = "--url", paramLabel = "URL[,URL...]", split = ",",
            description = "The cluster for --engines embedded,opensearch (default: ${DEFAULT-VALUE}).")
    List<String> urls = List.of("http://127.0.0.1:9200");

    @Option(names = "--index-name", paramLabel = "NAME", description = "The cluster index the benchmark writes, replaced on each run (default: ${DEFAULT-VALUE}).")
    String indexName = "gongkai-bench";

    @Option(names = "--prose", paramLabel = "STYLE",
            description = "The corpus's prose: realistic (fresh clauses from a model of real reports, stock phrases as often as in them) or seeds (the seed reports' clauses alone) (default: ${DEFAULT-VALUE}).")
    String prose = "realistic";

    @Option(names = "--measure-repetition", paramLabel = "DIR", arity = "1..*",
            description = "Only print how much of the reports (.txt, .md) under these folders recurs across reports: lines, clauses, fresh prose.")
    List<Path> repetitionDirs;

    @Option(names = "--repetition-limit", paramLabel = "N", description = "With --measure-repetition, the first N reports in name order (default: all).")
    int repetitionLimit = 0;

    @Option(names = "--measure-ocr", paramLabel = "PDF", arity = "0..*",
            description = "Only measure OCR beside the text layer: these text PDFs (default: the PDFs in samples/real) made into 300-dpi scans and read both ways; seconds a page, pages a second on all cores, figures alike.")
    List<Path> ocrPdfs;

    @Option(names = "--passes",
            description = "Only the corpus passes: indexing time without them and with each, and the latency of an agency's history and of a diff on the index with both.")
    boolean passes;

    @Option(names = "--pass-rounds", paramLabel = "N", description = "With --passes, how often each kind of indexing run is repeated; the fastest counts (default: ${DEFAULT-VALUE}).")
    int passRounds = 1;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (ocrPdfs != null) return measureOcr(out, err);
        if (repetitionDirs != null) {
            try {
                out.println(gongkai.bench.Repetition.ofFolders(repetitionDirs, repetitionLimit).describe());
                return 0;
            } catch (java.io.IOException e) {
                err.println("gongkai bench: " + e.getMessage());
                return 2;
            }
        }
        if (count < 1 || threads < 1 || rounds < 1 || sample < 1) {
            err.println("gongkai bench: --count, --threads, --rounds and --sample must be at least 1");
            return 2;
        }
        Path target = projectHome().resolve("target");
        Path workDir = work == null ? target.resolve("bench") : work;
        Path jsonFile = json == null ? target.resolve("bench.json") : json;
        for (String e : engines) {
            if (!e.equals("embedded") && !e.equals("opensearch")) {
                err.println("gongkai bench: --engines takes embedded and opensearch, not " + e);
                return 2;
            }
        }
        gongkai.synth.ReportSynth.Prose style = SynthCommand.proseStyle(prose);
        if (style == null) {
            err.println("gongkai bench: --prose takes realistic or seeds, not " + prose);
            return 2;
        }
        BenchRun.Options options = new BenchRun.Options(count, seed, workDir, threads, rounds, sample, style);
        if (passes) {
            if (passRounds < 1) {
                err.println("gongkai bench: --pass-rounds must be at least 1");
                return 2;
            }
            gongkai.bench.PassBench.Outcome o = new gongkai.bench.PassBench(options, passRounds, err).run();
            out.print(o.table());
            Path passJson = json == null ? target.resolve("bench-passes.json") : json;
            if (passJson.toAbsolutePath().getParent() != null) Files.createDirectories(passJson.toAbsolutePath().getParent());
            Files.writeString(passJson, ReportJson.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(o.json()) + "\n");
            out.println("wrote " + passJson);
            return 0;
        }
        BenchRun run = new BenchRun(options, err);
        BenchResult result = run.run();
        out.print(result.table());
        if (engines.contains("opensearch")) out.print(run.beside(result, urls, indexName));
        if (jsonFile.toAbsolutePath().getParent() != null) Files.createDirectories(jsonFile.toAbsolutePath().getParent());
        var mapper = ReportJson.newMapper();
        Files.writeString(jsonFile, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(result.toJson(mapper)) + "\n");
        out.println("wrote " + jsonFile);
        return 0;
    }

    private int measureOcr(PrintStream out, PrintStream err) throws java.io.IOException {
        List<Path> pdfs = ocrPdfs;
        if (pdfs.isEmpty()) {
            try (var files = Files.list(projectHome().resolve("samples/real"))) {
                pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
            }
        }
        Path workDir = (work == null ? projectHome().resolve("target").resolve("bench") : work).resolve("ocr");
        try {
            out.print(gongkai.bench.OcrBench.run(pdfs, workDir, err).table());
            return 0;
        } catch (gongkai.ingest.IngestException e) {
            err.println("gongkai bench: " + e.getMessage());
            return 2;
        }
    }

    private static Path projectHome() {
        String home = System.getProperty("gongkai.home");
        return home == null || home.isBlank() ? Path.of(".") : Path.of(home);
    }
}
