package gongkai.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file whose encoding nobody told us: UTF-8, UTF-16 (with or without BOM),
 * GBK or GB18030. Order matters: a byte order mark is certain; strict UTF-8 almost never
 * accepts GBK text by accident; UTF-16 without a BOM shows itself by zero bytes in one of the
 * two byte lanes (ASCII and line breaks); everything else is tried as GB18030, which is a
 * superset of GBK and GB2312, and refused if it does not decode cleanly.
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text, or null when the bytes are not text in any supported encoding. */
    String decode(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) return strict(bytes, 2, StandardCharsets.UTF_16LE);
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) return strict(bytes, 2, StandardCharsets.UTF_16BE);
        if (n >= 4 && (bytes[0] & 0xFF) == 0x84 && (bytes[1] & 0xFF) == 0x31 && (bytes[2] & 0xFF) == 0x95 && (bytes[3] & 0xFF) == 0x33) {
            return strict(bytes, 4, GB18030);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            String text = strict(bytes, 0, utf16);
            if (text != null) return text;
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) return utf8;
        return strict(bytes, 0, GB18030);
    }

    /**
     * UTF-16 without BOM: Chinese text still has ASCII digits, punctuation and line breaks, whose
     * high byte is zero. Such zeros sit mostly in one lane (a few ideographs such as 一 U+4E00
     * put one in the other); UTF-8 and GBK text has no zero bytes.
     */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024) & ~1;
        if (sample < 2) return null;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        int pairs = sample / 2;
        int threshold = Math.max(1, pairs / 20);
        if (evenZeros >= threshold && oddZeros * 4 < evenZeros) return StandardCharsets.UTF_16BE;
        if (oddZeros >= threshold && evenZeros * 4 < oddZeros) return StandardCharsets.UTF_16LE;
        return null;
    }

    /** Decodes or returns null on any malformed input or on control characters that text never has. */
    private static String strict(byte[] bytes, int offset, Charset charset) {
        // The JDK's String constructor is the fastest decoder but replaces bad input with U+FFFD;
        // only when a replacement character shows up is the strict (slower) decoder consulted.
        String text = new String(bytes, offset, bytes.length - offset, charset);
        if (text.indexOf('\uFFFD') >= 0 && !decodesCleanly(bytes, offset, charset)) return null;
        return hasBinaryControls(text) ? null : text;
    }

    private static boolean decodesCleanly(byte[] bytes, int offset, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Binary files show control characters early; the first 64K characters are enough to tell. */
    private static boolean hasBinaryControls(String text) {
        int bad = 0;
        for (int i = 0, end = Math.min(text.length(), 64 * 1024); i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1A && ++bad > 8) return true;
        }
        return false;
    }
}
