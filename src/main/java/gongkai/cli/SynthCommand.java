package gongkai.cli;

import gongkai.synth.CorpusWriter;
import gongkai.synth.ReportSynth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Write a synthetic corpus of reports with ground truth: DIR/000/000000.txt beside 000000.truth.json.")
public final class SynthCommand implements Callable<Integer> {

    @Option(names = "--count", required = true, description = "number of reports to write")
    long count;

    @Option(names = "--out", required = true, description = "folder to write them to (created if absent)")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "random seed; the same seed writes the same corpus (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--prose", defaultValue = "realistic",
            description = "realistic (fresh clauses from a model of real reports, stock phrases as often as in them) or seeds (the seed reports' clauses alone) (default: ${DEFAULT-VALUE})")
    String prose;

    @Override
    public Integer call() throws Exception {
        if (count < 0) {
            System.err.println("gongkai synth: --count must be 0 or more, not " + count);
            return 2;
        }
        ReportSynth.Prose style = proseStyle(prose);
        if (style == null) {
            System.err.println("gongkai synth: --prose takes realistic or seeds, not " + prose);
            return 2;
        }
        long start = System.nanoTime();
        long step = Math.max(1, count / 20);
        long written = new CorpusWriter(ReportSynth.standard(seed, style)).write(out, count, n -> {
            if (n % step == 0 && n < count) System.err.printf("gongkai synth: %d/%d%n", n, count);
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("wrote %d reports with ground truth to %s in %.1f s (seed %d)%n", written, out, seconds, seed);
        return 0;
    }

    /** The style named, or null. */
    static ReportSynth.Prose proseStyle(String name) {
        return switch (name) {
            case "realistic" -> ReportSynth.Prose.REALISTIC;
            case "seeds" -> ReportSynth.Prose.SEEDS;
            default -> null;
        };
    }
}
