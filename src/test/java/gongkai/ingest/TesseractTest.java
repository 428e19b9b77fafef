package gongkai.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tesseract command's bounds and its orientation answer, with stand-in programs instead of Tesseract. */
class TesseractTest {

    @TempDir
    Path dir;
    private final BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_GRAY);

    /** A stand-in for tesseract: a shell script. Its second argument is the output base. */
    private String program(String body) throws IOException {
        Path script = dir.resolve("tesseract-" + Math.abs(body.hashCode()));
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script.toString();
    }

    @Test
    void aRunOverItsTimeIsStopped() throws Exception {
        Tesseract t = new Tesseract(program("sleep 20"), Duration.ofSeconds(1));
        long start = System.nanoTime();
        IOException e = assertThrows(IOException.class, () -> t.words(image, "chi_sim", 6));
        assertEquals("page OCR took longer than 1 s", e.getMessage());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "stopped at its limit, not at the program's end");
    }

    @Test
    void thePagesRunsShareOneDeadline() throws Exception {
        // each run takes 1.5 s, within the 2 s limit of one run; the page's second run finds 0.5 s left
        Tesseract page = new Tesseract(program("sleep 1.5; : > \"$2.tsv\""), Duration.ofSeconds(2)).forPage();
        assertEquals(0, page.words(image, "chi_sim", 6).size());
        IOException e = assertThrows(IOException.class, () -> page.words(image, "chi_sim", 6));
        assertEquals("page OCR took longer than 2 s", e.getMessage());
    }

    @Test
    void orientationIsReadFromTheDetectionsReport() throws Exception {
        Tesseract t = new Tesseract(program("echo 'Page number: 0'; echo 'Orientation in degrees: 90'; echo 'Rotate: 270'; "
                + "echo 'Orientation confidence: 32.89'; echo 'Script: Han'"), Duration.ofSeconds(5));
        assertEquals(new Tesseract.Orientation(270, 32.89), t.orientation(image));
    }

    @Test
    void detectionThatCannotTellIsNoAnswer() throws Exception {
        Tesseract t = new Tesseract(program("echo 'Too few characters. Skipping this page' >&2; exit 1"), Duration.ofSeconds(5));
        assertNull(t.orientation(image));
    }
}
