package gongkai.ingest;

import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * The pages of an image file given as a report (a scan saved as JPEG, PNG or TIFF), by ImageIO,
 * whose TIFF reader gives a multi-page TIFF frame by frame: each frame is a page.
 */
final class ImagePages {

    private ImagePages() {
    }

    /** One page: its pixels and the resolution the file records for it (0 when it records none). */
    record Page(BufferedImage image, int dpi) {
    }

    /** How many pages (frames) the file holds. */
    static int count(byte[] bytes) throws IOException {
        try (ImageInputStream in = open(bytes)) {
            ImageReader reader = reader(in);
            try {
                reader.setInput(in, false, true);
                int n = reader.getNumImages(true);
                if (n <= 0) throw new IOException("corrupt image: the image file holds no picture");
                return n;
            } catch (IOException | RuntimeException e) {
                String why = Ingestor.oneLine(e);
                throw new IOException(why.startsWith("corrupt image") ? why : "corrupt image: " + why, e);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Page {@code index} (0-based) of the file. */
    static Page decode(byte[] bytes, int index) throws IOException {
        try (ImageInputStream in = open(bytes)) {
            ImageReader reader = reader(in);
            try {
                reader.setInput(in, false, false);
                BufferedImage image = reader.read(index);
                int dpi = 0;
                try {
                    dpi = dpi(reader.getImageMetadata(index));
                } catch (IOException | RuntimeException e) {
                    // a resolution that cannot be read is guessed from the page's width, as for a picture in a Word file
                }
                return new Page(image, dpi);
            } catch (IOException | RuntimeException e) {
                throw new IOException("corrupt image: " + Ingestor.oneLine(e), e);
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageInputStream open(byte[] bytes) throws IOException {
        ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes));
        if (in == null) throw new IOException("corrupt image: not a picture ImageIO can decode");
        return in;
    }

    private static ImageReader reader(ImageInputStream in) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) throw new IOException("corrupt image: not a picture ImageIO can decode");
        return readers.next();
    }

    /** The horizontal resolution in the standard metadata (millimetres a pixel), as dots an inch; 0 when absent. */
    private static int dpi(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) return 0;
        Node root = metadata.getAsTree("javax_imageio_1.0");
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!"Dimension".equals(n.getNodeName())) continue;
            for (Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
                if (!"HorizontalPixelSize".equals(d.getNodeName())) continue;
                Node value = d.getAttributes() == null ? null : d.getAttributes().getNamedItem("value");
                if (value == null) return 0;
                double mm = Double.parseDouble(value.getNodeValue());
                return mm > 0 ? (int) Math.round(25.4 / mm) : 0;
            }
        }
        return 0;
    }
}
