package gongkai.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.report.ReportJson;
import gongkai.synth.CorpusWriter;
import gongkai.synth.ReportSynth;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic corpus a benchmark runs on: {@code WORK/corpus-<count>-<seed>}. Written once
 * and reused by later runs with the same count and seed; a hidden marker file, written only
 * after the last report, says the folder is complete (an interrupted generation is redone).
 *
 * @param dir   the corpus folder
 * @param count how many reports it holds
 * @param seed  the generator's seed
 */
public record SynthCorpus(Path dir, long count, long seed) {

    /** Hidden, so that indexing the folder does not take it for a report. */
    static final String MARKER = ".corpus.json";

    /** The corpus of this count and seed under {@code work}, with realistic prose, generated first if it is not there yet. */
    public static SynthCorpus ensure(Path work, long count, long seed, PrintStream log) throws IOException {
        return ensure(work, count, seed, ReportSynth.Prose.REALISTIC, log);
    }

    /** The corpus of this count, seed and prose style under {@code work}, generated first if it is not there yet. */
    public static SynthCorpus ensure(Path work, long count, long seed, ReportSynth.Prose prose, PrintStream log) throws IOException {
        String name = "corpus-" + count + "-" + seed + "-" + prose.name().toLowerCase(java.util.Locale.ROOT);
        SynthCorpus corpus = new SynthCorpus(work.resolve(name), count, seed);
        if (corpus.complete()) {
            log.printf("corpus: reusing %d reports in %s%n", count, corpus.dir);
            return corpus;
        }
        log.printf("corpus: generating %d reports (seed %d, %s prose) in %s%n", count, seed, prose.name().toLowerCase(java.util.Locale.ROOT), corpus.dir);
        long step = Math.max(1, count / 10);
        new CorpusWriter(ReportSynth.standard(seed, prose)).write(corpus.dir, count, n -> {
            if (n % step == 0 && n < count) log.printf("corpus: %d/%d%n", n, count);
        });
        corpus.markComplete();
        return corpus;
    }

    /** True when the marker is there and names this count and seed. */
    boolean complete() throws IOException {
        Path marker = dir.resolve(MARKER);
        if (!Files.isRegularFile(marker)) return false;
        JsonNode m = ReportJson.newMapper().readTree(marker.toFile());
        return m.path("count").asLong(-1) == count && m.path("seed").asLong(Long.MIN_VALUE) == seed;
    }

    /** Writes the marker; call only once every report is on disk. */
    void markComplete() throws IOException {
        ObjectMapper mapper = ReportJson.newMapper();
        ObjectNode m = mapper.createObjectNode();
        m.put("count", count);
        m.put("seed", seed);
        Files.write(dir.resolve(MARKER), mapper.writeValueAsBytes(m));
    }

    /** Every report file, in id order. */
    public List<Path> files() {
        List<Path> out = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) out.add(CorpusWriter.reportPath(dir, count, i));
        return out;
    }
}
