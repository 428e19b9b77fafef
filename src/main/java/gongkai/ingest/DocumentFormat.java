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
    PDF, DOCX, DOC, HTML, TXT, MD;

    /** The name recorded in {@link SourceText#format()}. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Detects by content; returns null for content that is neither document nor text. */
    static final class Sniffer {
        private final Detector detector = new AutoDetectParser().getDetector();

        /** The format, or null when the content is none of ours (the caller then tries it as text). */
        MediaType detect(byte[] bytes) throws IngestException {
            try (InputStream in = TikaInputStream.get(bytes)) {
                return detector.detect(in, new Metadata());
            } catch (IOException e) {
                throw new IngestException("cannot detect the file's format: " + Ingestor.oneLine(e));
            }
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
