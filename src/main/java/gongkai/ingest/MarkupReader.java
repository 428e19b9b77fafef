package gongkai.ingest;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads Word files and web pages through Tika's XHTML into a {@link MarkupNode} tree, then
 * renders it with tables as tab-separated rows. Web pages first lose their navigation, header
 * and footer ({@link MainContent}). Embedded files (images, OLE objects) are not parsed.
 */
final class MarkupReader {

    private final IngestOptions options;
    private final MarkupRenderer renderer = new MarkupRenderer();
    // Tika's parsers are stateless and thread-safe; building them loads configuration, so once.
    private final Parser docxParser = new OOXMLParser();
    private final Parser docParser = new OfficeParser();
    private final Parser htmlParser = new JSoupParser();

    private static final EmbeddedDocumentExtractor NO_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata, boolean outputHtml) {
        }
    };

    MarkupReader(IngestOptions options) {
        this.options = options;
    }

    String readWord(byte[] bytes, boolean docx) throws IngestException {
        Parser parser = docx ? docxParser : docParser;
        String kind = docx ? "Word document (.docx)" : "Word document (.doc)";
        ParseContext context = new ParseContext();
        // Tika would hand embedded pictures to its own OCR (English, no layout): pasted-in scans are
        // read by Gongkai's OCR instead (WordPictures), and other embedded files are not report text.
        context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED);
        return renderer.render(parse(parser, context, bytes, kind));
    }

    String readHtml(byte[] bytes) throws IngestException {
        ParseContext context = new ParseContext();
        // Keep every element and its class/id: content selection needs to see nav, footer etc.
        context.set(HtmlMapper.class, new org.apache.tika.parser.html.IdentityHtmlMapper());
        MarkupNode.Element root = parse(htmlParser, context, bytes, "web page");
        return renderer.render(MainContent.select(root));
    }

    private MarkupNode.Element parse(Parser parser, ParseContext context, byte[] bytes, String kind) throws IngestException {
        MarkupTreeBuilder builder = new MarkupTreeBuilder(options.maxChars());
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, builder, new Metadata(), context);
        } catch (EncryptedDocumentException e) {
            throw new IngestException("encrypted " + kind + ": a password is required to open it");
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) throw new IngestException("parse interrupted");
            // The tree builder's own stops (character limit) arrive wrapped by Tika; report them as they are.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SAXException && t.getMessage() != null && t.getMessage().startsWith(MarkupTreeBuilder.TOO_LONG)) {
                    throw new IngestException(t.getMessage());
                }
            }
            throw new IngestException("damaged " + kind + ": " + Ingestor.oneLine(e));
        }
        return builder.root();
    }
}
