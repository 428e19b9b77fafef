package gongkai.ingest;

import java.util.List;
import java.util.Set;

/**
 * Renders Tika's XHTML tree to the text the extractor reads: each paragraph or heading on its
 * own line, each table row on one line with its cells joined by tabs (spans expanded, blank
 * cells kept), whitespace collapsed as a browser would.
 */
final class MarkupRenderer {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "pre",
            "blockquote", "section", "article", "main", "header", "footer", "nav", "aside", "address",
            "center", "form", "figure", "figcaption", "caption", "hr", "body", "html", "title", "tr", "td", "th");

    String render(MarkupNode.Element root) {
        StringBuilder out = new StringBuilder();
        renderChildren(root, out);
        return tidy(out);
    }

    private void renderChildren(MarkupNode.Element element, StringBuilder out) {
        for (MarkupNode child : element.children()) {
            if (child instanceof MarkupNode.Text t) appendInline(t.value(), out);
            else if (child instanceof MarkupNode.Element e) renderElement(e, out);
        }
    }

    private void renderElement(MarkupNode.Element e, StringBuilder out) {
        switch (e.name()) {
            case "br" -> out.append('\n');
            case "table" -> renderTable(e, out);
            default -> {
                boolean block = BLOCKS.contains(e.name());
                if (block) out.append('\n');
                renderChildren(e, out);
                if (block) out.append('\n');
            }
        }
    }

    private void renderTable(MarkupNode.Element table, StringBuilder out) {
        out.append('\n');
        List<List<String>> rows = TableGrid.rows(table, MarkupRenderer::cellText);
        for (List<String> row : rows) {
            if (row.stream().allMatch(String::isEmpty)) continue;
            out.append(String.join("\t", row)).append('\n');
        }
    }

    /** A cell on one line: its paragraphs and line breaks joined, whitespace collapsed. */
    static String cellText(MarkupNode.Element cell) {
        StringBuilder raw = new StringBuilder();
        cellRaw(cell, raw);
        return collapse(raw);
    }

    private static void cellRaw(MarkupNode.Element element, StringBuilder raw) {
        for (MarkupNode child : element.children()) {
            if (child instanceof MarkupNode.Text t) {
                raw.append(t.value());
            } else if (child instanceof MarkupNode.Element e) {
                boolean breaks = e.name().equals("br") || BLOCKS.contains(e.name());
                if (breaks) raw.append('\n');
                cellRaw(e, raw);
                if (breaks) raw.append('\n');
            }
        }
    }

    private static void appendInline(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                int last = out.length() - 1;
                if (last >= 0 && out.charAt(last) != ' ' && out.charAt(last) != '\n') out.append(' ');
            } else {
                out.append(c);
            }
        }
    }

    /**
     * Whitespace runs become one space, trimmed at both ends; a run holding a line break between
     * two Chinese characters vanishes (a wrapped line or a second paragraph in a cell).
     */
    static String collapse(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean pending = false;
        boolean pendingBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pending = sb.length() > 0;
                pendingBreak |= c == '\n';
                continue;
            }
            if (pending && !(pendingBreak && TextNormaliser.isChinese(sb.charAt(sb.length() - 1)) && TextNormaliser.isChinese(c))) sb.append(' ');
            pending = false;
            pendingBreak = false;
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u00A0' || c == '\u200B';
    }

    /** Trims trailing spaces on each line and keeps at most one blank line in a row. */
    private static String tidy(StringBuilder raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int blankRun = 0;
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i < raw.length() && raw.charAt(i) != '\n') continue;
            int end = i;
            while (end > start && raw.charAt(end - 1) == ' ') end--;
            int begin = start;
            while (begin < end && raw.charAt(begin) == ' ') begin++;
            if (begin == end) {
                if (out.length() > 0 && ++blankRun == 1) out.append('\n');
            } else {
                blankRun = 0;
                out.append(raw, begin, end).append('\n');
            }
            start = i + 1;
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') out.setLength(out.length() - 1);
        return out.append('\n').toString();
    }
}
