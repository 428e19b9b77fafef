package gongkai.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Reads any report file into {@link SourceText}. (First cut: UTF-8 text only.) */
public final class Ingestor {

    public SourceText read(Path file) throws IngestException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) throw new IngestException("empty file");
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String format = dot < 0 ? "txt" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            return new SourceText(file.toString(), format, sha256(bytes), new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IngestException("cannot read file: " + e.getMessage(), e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
