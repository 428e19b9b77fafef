package gongkai.ingest;

import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** The formats Gongkai reads, told apart by content (Tika's detector), the file name deciding only txt vs md. */
enum DocumentFormat {
    PDF, DOCX, DOC, HTML, TXT, MD,
    /** Scans saved as image files, read by OCR. */
    JPG, PNG, TIFF;

    /** The name recorded in {@link SourceText#format()}. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the file is a picture of its pages, with no text but what OCR reads. */
    boolean isImage() {
        return this == JPG || this == PNG || this == TIFF;
    }

    /** Tika's content detection, built once (it loads every detector on the class path). */
    static final class Sniffer {
        private final Detector detector = new AutoDetectParser().getDetector();

        /** Magic numbers, PDF aside, all sit in the first bytes; only containers need the whole file. */
        private static final int PREFIX = 64 * 1024;

        /**
         * The detected media type. Zip (docx) and OLE2 (doc) containers are detected on the
         * whole file, since their directories decide what they hold; everything else on its
         * first 64 KB, which keeps detection of large text files from costing a full scan.
         */
        MediaType detect(byte[] bytes) throws IngestException {
            if (isPlainChineseUtf8(bytes)) return MediaType.TEXT_PLAIN;
            boolean container = startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0);
            byte[] sample = container || bytes.length <= PREFIX ? bytes : java.util.Arrays.copyOf(bytes, PREFIX);
            try (InputStream in = TikaInputStream.get(sample)) {
                return detector.detect(in, new Metadata());
            } catch (IOException e) {
                throw new IngestException("cannot detect the file's format: " + Ingestor.oneLine(e));
            }
        }

        /**
         * Plain UTF-8 text whose first visible character is not ASCII (a Chinese title) and that
         * holds no markup and no control characters: no magic number begins that way, so it is
         * text without asking Tika, whose magic scan cost as much as extracting the report.
         */
        static boolean isPlainChineseUtf8(byte[] bytes) {
            int end = Math.min(bytes.length, PREFIX);
            int i = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            while (i < end && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) i++;
            if (i >= end || (bytes[i] & 0xFF) < 0xC2) return false;
            while (i < end) {
                int b = bytes[i] & 0xFF;
                if (b < 0x80) {
                    if (b == '<' || (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) return false;
                    i++;
                    continue;
                }
                int extra = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b < 0xE0 ? 1 : -1;
                if (extra < 0 || b > 0xF4) return false;
                if (i + extra >= end) return end < bytes.length; // a sequence cut by the sample's end
                for (int k = 1; k <= extra; k++) if ((bytes[i + k] & 0xC0) != 0x80) return false;
                i += extra + 1;
            }
            return true;
        }

        private static boolean startsWith(byte[] bytes, int... magic) {
            if (bytes.length < magic.length) return false;
            for (int i = 0; i < magic.length; i++) if ((bytes[i] & 0xFF) != magic[i]) return false;
            return true;
        }
    }

    /**
     * Our format for a detected media type, or null when it is not one we read. Text types map
     * to TXT or MD by the file name; so does octet-stream, which may be BOM-less UTF-16 text.
     */
    static DocumentFormat of(MediaType type, String fileName) {
        String t = type.getBaseType().toString();
        String ext = extension(fileName);
        return switch (t) {
            case "application/pdf" -> PDF;
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "application/vnd.ms-word.document.macroenabled.12" -> DOCX;
            case "application/msword", "application/x-tika-msoffice" -> DOC;
            case "text/html", "application/xhtml+xml" -> HTML;
            case "image/jpeg" -> JPG;
            case "image/png" -> PNG;
            case "image/tiff" -> TIFF;
            default -> {
                if (t.startsWith("text/") || t.equals("application/octet-stream")) {
                    if (ext.equals("html") || ext.equals("htm") || ext.equals("xhtml") || ext.equals("shtml")) yield HTML;
                    yield ext.equals("md") || ext.equals("markdown") ? MD : TXT;
                }
                yield null;
            }
        };
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
