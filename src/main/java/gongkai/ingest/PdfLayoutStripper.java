package gongkai.ingest;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * PDF text in reading order with table cells kept apart. Text is sorted by position so a
 * table row comes out as one line; where the gap between two words on a line is wider than
 * about two characters (the gap between cells) a tab is written instead of a space, which is
 * what the table reader splits cells on. Also counts the visible characters, so a scan
 * without a text layer can be told apart, and stops when its thread is interrupted (timeout).
 * {@link #pages} gives the text page by page, so that a mixed PDF's image pages can be read by OCR.
 */
final class PdfLayoutStripper extends PDFTextStripper {

    /**
     * A gap wider than this many ems separates two cells. Justified Chinese prose stretches its
     * spaces to about half an em; cells in the reports' tables, even in wrapped headers, sit at least 0.8 em apart.
     */
    private static final float CELL_GAP_EM = 0.7f;

    private final int maxChars;
    private float lineEndX = Float.NaN;
    private long visibleChars;
    private long writtenChars;
    private StringWriter pageOutput;
    private final List<Integer> pageStarts = new ArrayList<>();
    private final List<Long> pageVisible = new ArrayList<>();

    PdfLayoutStripper(int maxChars) {
        this.maxChars = maxChars;
        setSortByPosition(true);
        setWordSeparator("");
        setLineSeparator("\n");
        setParagraphStart("");
        setParagraphEnd("");
        setPageEnd("\n");
    }

    long visibleChars() {
        return visibleChars;
    }

    /** A document's text page by page, and the visible characters of each page. */
    record Pages(List<String> texts, List<Long> visible) {
        String whole() {
            return String.join("", texts);
        }
    }

    /** The text of every page; joined, the pages are exactly what {@link #writeText} writes. */
    Pages pages(PDDocument doc) throws IOException {
        pageOutput = new StringWriter();
        pageStarts.clear();
        pageVisible.clear();
        writeText(doc, pageOutput);
        StringBuffer all = pageOutput.getBuffer();
        List<String> texts = new ArrayList<>();
        List<Long> visible = new ArrayList<>();
        int n = pageStarts.size();
        for (int i = 0; i < n; i++) {
            int end = i + 1 < n ? pageStarts.get(i + 1) : all.length();
            texts.add(all.substring(i == 0 ? 0 : pageStarts.get(i), end));
            visible.add((i + 1 < n ? pageVisible.get(i + 1) : visibleChars) - pageVisible.get(i));
        }
        return new Pages(texts, visible);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        if (Thread.currentThread().isInterrupted()) throw new InterruptedIOException("parse interrupted");
        lineEndX = Float.NaN;
        if (pageOutput != null) {
            pageOutput.flush();
            pageStarts.add(pageOutput.getBuffer().length());
            pageVisible.add(visibleChars);
        }
        super.startPage(page);
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        lineEndX = Float.NaN;
        super.writeLineSeparator();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (!positions.isEmpty()) {
            TextPosition first = positions.get(0);
            if (!Float.isNaN(lineEndX)) {
                float gap = first.getXDirAdj() - lineEndX;
                float em = Math.max(first.getFontSizeInPt(), first.getWidthDirAdj());
                writeString(gap > CELL_GAP_EM * em ? "\t" : " ");
            }
            TextPosition last = positions.get(positions.size() - 1);
            lineEndX = last.getXDirAdj() + last.getWidthDirAdj();
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) visibleChars++;
        }
        writtenChars += text.length();
        if (writtenChars > maxChars) throw new TextLimitException(maxChars);
        writeString(text);
    }

    /** Thrown when a PDF's text outgrows the character limit. */
    static final class TextLimitException extends IOException {
        TextLimitException(int limit) {
            super("text exceeds the limit of " + limit + " characters");
        }
    }
}
