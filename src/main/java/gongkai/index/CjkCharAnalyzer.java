package gongkai.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;

/**
 * The recall-safe analysis: every Chinese character is one token; every run of letters or
 * digits is one lower-cased token; anything else (punctuation, spaces) is dropped but leaves
 * a position gap. A phrase of characters therefore matches only where those characters stand
 * side by side in the text: {@code 人口普查} matches {@code 第七次人口普查} but not
 * {@code 人口。普查}.
 *
 * <p>A run of letters or digits longer than {@link #MAX_TOKEN_CHARS} is cut into tokens of
 * that length, as Lucene's standard tokenizer cuts them: a table flattened into one long
 * string of digits would otherwise make a term Lucene refuses, and the whole report with it.
 */
public final class CjkCharAnalyzer extends Analyzer {

    /** The longest token, in chars: Lucene's standard tokenizer's default. */
    public static final int MAX_TOKEN_CHARS = 255;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new CharTokenizer());
    }

    /** True for the characters that become single-character tokens. */
    static boolean isHan(int cp) {
        // The CJK Unified Ideographs block is all Han and nearly all of a report: answer it
        // without the script table's binary search, which runs once per character indexed.
        if (cp >= 0x4E00 && cp <= 0x9FFF) return true;
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static final class CharTokenizer extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

        private final char[] buffer = new char[4096];
        private int length;        // chars in buffer
        private int pos;           // next char to read in buffer
        private long consumed;     // chars of the input before buffer[0]; long so that no input makes it wrap
        private boolean eof;

        @Override
        public boolean incrementToken() throws IOException {
            clearAttributes();
            int gap = 0;
            while (true) {
                int cp = peek();
                if (cp < 0) {
                    return false;
                }
                long start = consumed + pos;
                if (isHan(cp)) {
                    advance(cp);
                    appendCodePoint(term.setEmpty(), cp); // no String per character: this runs once per char of every report
                    offset.setOffset(offsetOf(start), offsetOf(start + Character.charCount(cp)));
                    posInc.setPositionIncrement(1 + gap);
                    return true;
                }
                if (Character.isLetterOrDigit(cp)) {
                    term.setEmpty();
                    while (cp >= 0 && Character.isLetterOrDigit(cp) && !isHan(cp)) {
                        int lower = Character.toLowerCase(cp);
                        if (term.length() + Character.charCount(lower) > MAX_TOKEN_CHARS) break; // the rest is the next token
                        advance(cp);
                        appendCodePoint(term, lower);
                        cp = peek();
                    }
                    offset.setOffset(offsetOf(start), offsetOf(consumed + pos));
                    posInc.setPositionIncrement(1 + gap);
                    return true;
                }
                advance(cp);
                gap = 1; // one gap however long the run of separators: keeps positions small
            }
        }

        /** Lucene's offsets are ints: a position past that range (over 2 G chars in) stays at its end. */
        private int offsetOf(long charsIn) {
            return correctOffset((int) Math.min(charsIn, Integer.MAX_VALUE));
        }

        private static void appendCodePoint(CharTermAttribute term, int cp) {
            if (Character.isBmpCodePoint(cp)) {
                term.append((char) cp);
            } else {
                term.append(Character.highSurrogate(cp)).append(Character.lowSurrogate(cp));
            }
        }

        private int peek() throws IOException {
            if (pos + 1 >= length && !eof) fill();
            if (pos >= length) return -1;
            return Character.codePointAt(buffer, pos, length);
        }

        private void advance(int cp) {
            pos += Character.charCount(cp);
        }

        private void fill() throws IOException {
            // keep the unread tail (at most one char of a surrogate pair) and refill
            int keep = length - pos;
            System.arraycopy(buffer, pos, buffer, 0, keep);
            consumed += pos;
            pos = 0;
            length = keep;
            while (length < buffer.length) {
                int n = input.read(buffer, length, buffer.length - length);
                if (n < 0) {
                    eof = true;
                    break;
                }
                length += n;
                if (length > 1) break;
            }
        }

        @Override
        public void end() throws IOException {
            super.end();
            int end = offsetOf(consumed + length);
            offset.setOffset(end, end);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            // A reused tokenizer starts the next document from nothing: offsets from 0, no buffered chars.
            length = 0;
            pos = 0;
            consumed = 0;
            eof = false;
        }
    }
}
