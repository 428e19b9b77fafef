package gongkai.ingest;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code tesseract} command: an image in, its words with boxes and confidences out (TSV).
 * Each run is bounded in time and uses one thread, since pages already run one per core; all
 * the runs on one page share the page's deadline ({@link #until}), so a page is bounded as a whole.
 *
 * @param command  the program to run, normally {@code tesseract}
 * @param timeout  a run, and a page's runs together, that take longer are stopped and fail
 * @param deadline {@link System#nanoTime()} by which the current page must be done, or {@link Long#MAX_VALUE}
 */
record Tesseract(String command, Duration timeout, long deadline) {

    private static final Pattern ROTATE = Pattern.compile("Rotate:\\s*(\\d+)");
    private static final Pattern CONFIDENCE = Pattern.compile("Orientation confidence:\\s*([0-9.]+)");

    Tesseract(String command, Duration timeout) {
        this(command, timeout, Long.MAX_VALUE);
    }

    /** The same command for one page: every run from now on ends by one timeout from now. */
    Tesseract forPage() {
        return new Tesseract(command, timeout, System.nanoTime() + timeout.toNanos());
    }

    /** Nanoseconds left before the page's deadline (the timeout, outside a page). */
    long nanosLeft() {
        return deadline == Long.MAX_VALUE ? timeout.toNanos() : deadline - System.nanoTime();
    }

    /** A bound as a reader says it: 60 s, or 5 ms below a second. */
    static String describe(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }

    /** Words of {@code image}, read with language {@code lang} and page segmentation {@code psm}. */
    List<OcrWord> words(BufferedImage image, String lang, int psm, String... config) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("gongkai-ocr");
        Path png = dir.resolve("page.png");
        try {
            ImageIO.write(image, "png", png.toFile());
            List<String> cmd = new ArrayList<>(List.of(command, png.toString(), dir.resolve("page").toString(),
                    "-l", lang, "--psm", String.valueOf(psm), "-c", "preserve_interword_spaces=1"));
            for (String c : config) {
                cmd.add("-c");
                cmd.add(c);
            }
            cmd.add("tsv");
            run(cmd, ProcessBuilder.Redirect.DISCARD);
            List<OcrWord> words = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve("page.tsv"), StandardCharsets.UTF_8)) {
                OcrWord w = OcrWord.fromTsv(line);
                if (w != null) words.add(w);
            }
            return words;
        } finally {
            deleteAll(dir);
        }
    }

    /** Which way a page stands, by Tesseract's orientation and script detection ({@code --psm 0}). */
    record Orientation(int rotate, double confidence) {
    }

    /**
     * The clockwise turn (0, 90, 180, 270 degrees) that sets {@code image} upright, and how sure
     * Tesseract is; null when it finds too little text to tell.
     */
    Orientation orientation(BufferedImage image) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("gongkai-osd");
        Path png = dir.resolve("page.png");
        Path out = dir.resolve("osd.txt");
        try {
            ImageIO.write(image, "png", png.toFile());
            // a page with too few characters makes OSD exit non-zero: that is "cannot tell", not a failure
            if (!run(List.of(command, png.toString(), "-", "--psm", "0"), ProcessBuilder.Redirect.to(out.toFile()), false)) return null;
            String text = Files.readString(out, StandardCharsets.UTF_8);
            Matcher r = ROTATE.matcher(text), c = CONFIDENCE.matcher(text);
            if (!r.find() || !c.find()) return null;
            return new Orientation(Integer.parseInt(r.group(1)) % 360, Double.parseDouble(c.group(1)));
        } finally {
            deleteAll(dir);
        }
    }

    private void run(List<String> cmd, ProcessBuilder.Redirect output) throws IOException, InterruptedException {
        run(cmd, output, true);
    }

    /** Runs the command within the time left; false when it exits non-zero and {@code mustSucceed} is false. */
    private boolean run(List<String> cmd, ProcessBuilder.Redirect output, boolean mustSucceed) throws IOException, InterruptedException {
        long left = Math.min(timeout.toNanos(), deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime());
        if (left <= 0) throw new IOException(tookTooLong());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(output);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        try {
            if (!p.waitFor(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)), TimeUnit.MILLISECONDS)) {
                throw new IOException(tookTooLong());
            }
        } finally {
            // timed out, or the page's reader was interrupted: the process must not outlive its page
            if (p.isAlive()) p.destroyForcibly();
        }
        if (p.exitValue() != 0) {
            if (!mustSucceed) return false;
            throw new IOException("tesseract failed on a page (exit " + p.exitValue() + ")");
        }
        return true;
    }

    private String tookTooLong() {
        return "page OCR took longer than " + describe(timeout);
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
        }
        Files.deleteIfExists(dir);
    }

    /** The languages installed, or null when the command does not run. */
    List<String> languages() {
        try {
            Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) return null;
            List<String> langs = new ArrayList<>();
            for (String line : out.split("\n")) if (!line.isBlank() && !line.contains(" ")) langs.add(line.strip());
            return langs;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
