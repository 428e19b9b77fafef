package gongkai.synth;

import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.report.ReportJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;

/**
 * Writes a synthetic corpus to disk: report {@code i} goes to {@code DIR/<i/1000>/<i>.txt}
 * with its ground truth beside it as {@code <i>.truth.json}, so no folder holds more than
 * 2,000 files. Reports are made and written one at a time on every core; nothing is kept.
 */
public final class CorpusWriter {

    /** Reports per subfolder. */
    public static final int SHARD_SIZE = 1000;

    private final ReportSynth synth;
    private final ObjectMapper mapper = ReportJson.newMapper();

    public CorpusWriter(ReportSynth synth) {
        this.synth = synth;
    }

    /**
     * Writes reports 0 … count-1 under {@code dir}.
     *
     * @param progress called with the number of reports written so far, from any thread
     * @return the number of reports written
     */
    public long write(Path dir, long count, LongConsumer progress) throws IOException {
        if (count < 0) throw new IllegalArgumentException("count must not be negative: " + count);
        Files.createDirectories(dir);
        int idWidth = Math.max(6, String.valueOf(Math.max(0, count - 1)).length());
        int shardWidth = Math.max(3, String.valueOf(Math.max(0, (count - 1) / SHARD_SIZE)).length());
        for (long s = 0; s * SHARD_SIZE < count; s++) Files.createDirectories(dir.resolve(pad(s, shardWidth)));
        AtomicLong done = new AtomicLong();
        try {
            LongStream.range(0, count).parallel().forEach(i -> {
                String id = pad(i, idWidth);
                Path shard = dir.resolve(pad(i / SHARD_SIZE, shardWidth));
                SynthReport r = synth.make(i, id);
                try {
                    Files.writeString(shard.resolve(id + ".txt"), r.text(), StandardCharsets.UTF_8);
                    Files.write(shard.resolve(id + ".truth.json"),
                            mapper.writeValueAsBytes(r.truth().toJson(mapper)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.accept(done.incrementAndGet());
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return done.get();
    }

    /** The path of report {@code i} of a corpus of {@code count} reports under {@code dir}. */
    public static Path reportPath(Path dir, long count, long i) {
        int idWidth = Math.max(6, String.valueOf(Math.max(0, count - 1)).length());
        int shardWidth = Math.max(3, String.valueOf(Math.max(0, (count - 1) / SHARD_SIZE)).length());
        return dir.resolve(pad(i / SHARD_SIZE, shardWidth)).resolve(pad(i, idWidth) + ".txt");
    }

    private static String pad(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
