package gongkai.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A node of the XHTML that Tika produces for a Word file or a web page. */
sealed interface MarkupNode permits MarkupNode.Element, MarkupNode.Text {

    /** Text content, as it appeared (whitespace not yet collapsed). */
    record Text(String value) implements MarkupNode {
    }

    /**
     * An element: lower-case local name, the few attributes rendering needs, and children in
     * document order. Children are filled while the tree is built, then only read.
     */
    record Element(String name, Map<String, String> attributes, List<MarkupNode> children) implements MarkupNode {

        Element(String name, Map<String, String> attributes) {
            this(name, attributes, new ArrayList<>());
        }

        String attribute(String key) {
            return attributes.getOrDefault(key, "");
        }

        /** All text below this element, whitespace as in the source. */
        void appendText(StringBuilder out) {
            for (MarkupNode child : children) {
                if (child instanceof Text t) out.append(t.value());
                else if (child instanceof Element e) e.appendText(out);
            }
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            appendText(sb);
            return sb.toString();
        }
    }
}
