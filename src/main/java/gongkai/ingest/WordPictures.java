package gongkai.ingest;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The pictures of a Word file (.docx) large enough to be a pasted-in scan of a page, in the order
 * they stand in the document (POI's body walk; Tika's text leaves the pictures out). Icons,
 * logos and a seal's small picture are left out by size.
 */
final class WordPictures {

    /** A page scanned at even 100 dpi is 800 by 1100 pixels; a logo or an icon is far smaller. */
    static final int MIN_SIDE = 800;
    private static final java.util.Set<String> RASTER = java.util.Set.of("png", "jpeg", "jpg", "tiff", "tif", "bmp", "gif");

    private WordPictures() {
    }

    /** The page-sized pictures' bytes; a raster picture whose size cannot be read is kept, for OCR to report it. */
    static List<byte[]> pages(byte[] docx) throws IngestException {
        List<byte[]> out = new ArrayList<>();
        // most Word reports hold no picture: their zip directory names no media file, and POI need not open them
        if (!namesMedia(docx)) return out;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            collect(doc.getBodyElements(), out);
        } catch (IOException | RuntimeException e) {
            throw new IngestException("damaged Word document (.docx): " + Ingestor.oneLine(e));
        }
        return out;
    }

    /** Whether a zip's (uncompressed) entry names include word/media/, where Word keeps pictures. */
    private static boolean namesMedia(byte[] zip) {
        byte[] name = "word/media/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + name.length <= zip.length; i++) {
            if (zip[i] != name[0]) continue;
            for (int k = 1; k < name.length; k++) if (zip[i + k] != name[k]) continue outer;
            return true;
        }
        return false;
    }

    private static void collect(List<IBodyElement> elements, List<byte[]> out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                for (XWPFRun run : p.getRuns()) {
                    for (XWPFPicture picture : run.getEmbeddedPictures()) {
                        if (picture.getPictureData() == null) continue;
                        // vector drawings (EMF, WMF) are not scans
                        if (!RASTER.contains(picture.getPictureData().suggestFileExtension().toLowerCase(java.util.Locale.ROOT))) continue;
                        byte[] data = picture.getPictureData().getData();
                        if (data != null && data.length > 0 && pageSized(data)) out.add(data);
                    }
                }
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) collect(cell.getBodyElements(), out);
                }
            }
        }
    }

    /** Reads only the picture's header, not its pixels. */
    private static boolean pageSized(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) return true;
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Math.min(reader.getWidth(0), reader.getHeight(0)) >= MIN_SIDE;
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return true;
        }
    }
}
