package gongkai.bench;

import gongkai.ingest.IngestException;
import gongkai.ingest.Ingestor;
import gongkai.ingest.TextNormaliser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Ingest throughput: text files against a plain read of the same bytes (both from the page
 * cache, so the comparison is ingest's own cost against the cheapest read), and PDF, DOCX and
 * DOC files per second on the sample reports. Run from the project root:
 * {@code java -cp target/gongkai.jar:target/lib/* gongkai.bench.IngestBench [seconds-per-case]}.
 */
public final class IngestBench {

    private static final int TEXT_FILES = 64;
    private static final int TEXT_FILE_BYTES = 1 << 20;

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        Ingestor ingestor = new Ingestor();
        Path dir = Files.createTempDirectory("gongkai-ingest-bench");
        try {
            String seed = Files.readString(Path.of("samples/seeds/licheng-tjj-2020.txt"), StandardCharsets.UTF_8);
            List<Path> utf8 = textFiles(dir, seed, StandardCharsets.UTF_8);
            List<Path> gbk = textFiles(dir, seed, Charset.forName("GBK"));
            System.out.printf(Locale.ROOT, "text: %d files of %d KB each%n", TEXT_FILES, TEXT_FILE_BYTES / 1024);
            System.out.printf(Locale.ROOT, "  raw read            %8.1f MB/s%n", megabytesPerSecond(utf8, seconds, IngestBench::rawRead));
            System.out.printf(Locale.ROOT, "  ingest UTF-8        %8.1f MB/s%n", megabytesPerSecond(utf8, seconds, f -> ingest(ingestor, f)));
            System.out.printf(Locale.ROOT, "  ingest GBK          %8.1f MB/s%n", megabytesPerSecond(gbk, seconds, f -> ingest(ingestor, f)));
            TextNormaliser normaliser = new TextNormaliser();
            System.out.printf(Locale.ROOT, "  ingest + forSearch  %8.1f MB/s%n",
                    megabytesPerSecond(utf8, seconds, f -> normaliser.forSearch(ingestText(ingestor, f)).length()));
            System.out.printf(Locale.ROOT, "PDF   %6.1f files/s (samples/real/*.pdf)%n", filesPerSecond(ingestor, pdfs(), seconds));
            Path fixtures = Path.of("src/test/resources/fixtures/ingest");
            System.out.printf(Locale.ROOT, "DOCX  %6.1f files/s%n", filesPerSecond(ingestor, List.of(fixtures.resolve("licheng-tjj-2020.docx")), seconds));
            System.out.printf(Locale.ROOT, "DOC   %6.1f files/s%n", filesPerSecond(ingestor, List.of(fixtures.resolve("licheng-tjj-2020.doc")), seconds));
            System.out.printf(Locale.ROOT, "HTML  %6.1f files/s (saved page with navigation)%n",
                    filesPerSecond(ingestor, List.of(fixtures.resolve("licheng-tjj-2020-page.html")), seconds));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private interface FileTask {
        long run(Path file);
    }

    private static List<Path> textFiles(Path dir, String seed, Charset charset) throws IOException {
        StringBuilder big = new StringBuilder();
        while (big.toString().getBytes(charset).length < TEXT_FILE_BYTES) big.append(seed);
        byte[] bytes = big.toString().getBytes(charset);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < TEXT_FILES; i++) {
            Path file = dir.resolve(charset.name() + "-" + i + ".txt");
            Files.write(file, bytes);
            files.add(file);
        }
        return files;
    }

    private static long rawRead(Path file) {
        try {
            return Files.readAllBytes(file).length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ingestText(Ingestor ingestor, Path file) {
        try {
            return ingestor.read(file).text();
        } catch (IngestException e) {
            throw new IllegalStateException(file + ": " + e.getMessage());
        }
    }

    private static long ingest(Ingestor ingestor, Path file) {
        return ingestText(ingestor, file).length();
    }

    private static double megabytesPerSecond(List<Path> files, double seconds, FileTask task) throws IOException {
        long bytesPerRound = 0;
        for (Path f : files) bytesPerRound += Files.size(f);
        for (Path f : files) task.run(f); // warm-up
        long bytes = 0;
        long start = System.nanoTime();
        long sink = 0;
        while (System.nanoTime() - start < seconds * 1e9) {
            for (Path f : files) sink += task.run(f);
            bytes += bytesPerRound;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (sink == 42) System.out.print("");
        return bytes / (1024.0 * 1024.0) / elapsed;
    }

    private static double filesPerSecond(Ingestor ingestor, List<Path> files, double seconds) {
        for (Path f : files) ingestText(ingestor, f); // warm-up
        long count = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < seconds * 1e9) {
            for (Path f : files) {
                ingestText(ingestor, f);
                count++;
            }
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static List<Path> pdfs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples/real"))) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
