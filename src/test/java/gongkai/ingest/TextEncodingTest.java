package gongkai.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text files are read right in every encoding the agencies use, without being told which. */
class TextEncodingTest {

    private static final Path SEED = Path.of("samples/seeds/licheng-tjj-2020.txt");

    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    private String seed() throws Exception {
        return Files.readString(SEED, StandardCharsets.UTF_8);
    }

    private SourceText readAs(String name, byte[] bom, Charset charset, String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bom);
        out.write(text.getBytes(charset));
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return ingestor.read(file);
    }

    @Test
    void readsUtf8() throws Exception {
        assertEquals(seed(), readAs("a.txt", new byte[0], StandardCharsets.UTF_8, seed()).text());
    }

    @Test
    void readsUtf8WithBomAndDropsTheBom() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertEquals(seed(), readAs("a.txt", bom, StandardCharsets.UTF_8, seed()).text());
    }

    @Test
    void readsUtf16LittleEndianWithBom() throws Exception {
        assertEquals(seed(), readAs("a.txt", new byte[]{(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE, seed()).text());
    }

    @Test
    void readsUtf16BigEndianWithBom() throws Exception {
        assertEquals(seed(), readAs("a.txt", new byte[]{(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE, seed()).text());
    }

    @Test
    void readsUtf16LittleEndianWithoutBom() throws Exception {
        assertEquals(seed(), readAs("a.txt", new byte[0], StandardCharsets.UTF_16LE, seed()).text());
    }

    @Test
    void readsUtf16BigEndianWithoutBom() throws Exception {
        assertEquals(seed(), readAs("a.txt", new byte[0], StandardCharsets.UTF_16BE, seed()).text());
    }

    @Test
    void readsGbk() throws Exception {
        assertEquals(seed(), readAs("a.txt", new byte[0], Charset.forName("GBK"), seed()).text());
    }

    @Test
    void readsGb18030BeyondGbk() throws Exception {
        // 𠀀 (U+20000) and € exist in GB18030 only, as four-byte sequences.
        String text = seed() + "\n附注：𠀀 €\n";
        assertEquals(text, readAs("a.txt", new byte[0], Charset.forName("GB18030"), text).text());
    }

    @Test
    void windowsLineEndsBecomeNewlines() throws Exception {
        assertEquals("一、总体情况\n规章\t0\t0\t0\n",
                readAs("a.txt", new byte[0], StandardCharsets.UTF_8, "一、总体情况\r\n规章\t0\t0\t0\r\n").text());
    }

    @Test
    void markdownIsRecordedAsMd() throws Exception {
        assertEquals("md", ingestor.read(Path.of("samples/real/上海市科学技术委员会_2024.md")).format());
    }

    @Test
    void textRecordsSourceFormatAndHash() throws Exception {
        SourceText text = ingestor.read(SEED);
        assertEquals("txt", text.format());
        assertEquals(SEED.toString(), text.source());
        // sha256sum samples/seeds/licheng-tjj-2020.txt
        assertEquals("d339ad0bf42bc5a88d53ae1b0986bab06108e559911c06331dd3fcb23fea50a7", text.contentHash());
    }

    @Test
    void gbkTextIsNotMistakenForUtf8() throws Exception {
        String text = readAs("a.txt", new byte[0], Charset.forName("GBK"), "政府信息公开工作年度报告").text();
        assertTrue(text.startsWith("政府信息公开"), text);
    }

    @Test
    void randomBytesAreRefused() throws Exception {
        byte[] noise = new byte[64 * 1024];
        new java.util.Random(42).nextBytes(noise);
        Path file = dir.resolve("noise.txt");
        Files.write(file, noise);
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(file));
        assertTrue(e.getMessage().startsWith("unrecognised content"), e.getMessage());
    }
}
