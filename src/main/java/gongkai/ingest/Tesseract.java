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

/**
 * The {@code tesseract} command: an image in, its words with boxes and confidences out (TSV).
 * Each run is bounded in time and uses one thread, since pages already run one per core.
 *
 * @param command the program to run, normally {@code tesseract}
 * @param timeout a run that takes longer is stopped and fails
 */
record Tesseract(String command, Duration timeout) {

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
            ProcessBuilder pb = new ProcessBuilder(cmd)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            Process p = pb.start();
            if (!p.waitFor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IOException("page OCR took longer than " + timeout.toSeconds() + " s");
            }
            if (p.exitValue() != 0) throw new IOException("tesseract failed on a page (exit " + p.exitValue() + ")");
            List<OcrWord> words = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve("page.tsv"), StandardCharsets.UTF_8)) {
                OcrWord w = OcrWord.fromTsv(line);
                if (w != null) words.add(w);
            }
            return words;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
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
