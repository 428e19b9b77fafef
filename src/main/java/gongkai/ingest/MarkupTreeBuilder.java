package gongkai.ingest;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A SAX handler that keeps Tika's XHTML as a small tree, because table rows and a page's main
 * content can only be judged with the whole structure at hand. Skips what never holds report
 * text (scripts, styles, the head), keeps only the attributes rendering and content selection
 * need, stops at the character limit and when its thread is interrupted (timeout).
 */
final class MarkupTreeBuilder extends DefaultHandler {

    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "noscript", "template", "select", "option", "button", "svg", "iframe", "object");
    private static final Set<String> KEPT_ATTRIBUTES = Set.of("rowspan", "colspan", "class", "id", "role");

    static final String TOO_LONG = "text exceeds the limit of ";

    private final int maxChars;
    private final MarkupNode.Element root = new MarkupNode.Element("#root", Map.of());
    private final Deque<MarkupNode.Element> open = new ArrayDeque<>();
    private int skipDepth;
    private long chars;

    MarkupTreeBuilder(int maxChars) {
        this.maxChars = maxChars;
        open.push(root);
    }

    MarkupNode.Element root() {
        return root;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (Thread.currentThread().isInterrupted()) throw new SAXException("parse interrupted");
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (skipDepth > 0 || SKIPPED.contains(name)) {
            skipDepth++;
            return;
        }
        Map<String, String> kept = Map.of();
        for (int i = 0; i < atts.getLength(); i++) {
            String key = atts.getLocalName(i);
            if (key == null || key.isEmpty()) key = atts.getQName(i);
            key = key.toLowerCase(Locale.ROOT);
            if (KEPT_ATTRIBUTES.contains(key)) {
                if (kept.isEmpty()) kept = new HashMap<>();
                kept.put(key, atts.getValue(i));
            }
        }
        MarkupNode.Element element = new MarkupNode.Element(name, kept);
        open.peek().children().add(element);
        open.push(element);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        if (open.size() > 1) open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0 || length == 0) return;
        chars += length;
        if (chars > maxChars) throw new SAXException(TOO_LONG + maxChars + " characters");
        open.peek().children().add(new MarkupNode.Text(new String(ch, start, length)));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }
}
