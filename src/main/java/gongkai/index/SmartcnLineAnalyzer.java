package gongkai.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.cn.smart.hhmm.SegTokenFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Smartcn's words, line by line and clause by clause, each distinct clause segmented once per thread.
 *
 * <p>Smartcn segments a sentence as a whole, and a table or a title block is one long
 * "sentence" (it has no 。), so a line's words could depend on the line after it: a title
 * line 上海市应急管理局 followed by a line 2019年… gave 管理 + 局, alone it gives 管理局.
 * Here each line is segmented by itself, as a query is, so a label or an agency name has
 * the same words in every layout.
 *
 * <p>Clauses recur: the tables' row labels, header cells, rows of zeros and the template's
 * stock phrases (依据《中华人民共和国政府信息公开条例》，现将…报告如下：) appear in report after
 * report. Segmentation was half of all indexing time, so each indexing thread remembers the
 * words of the clauses it has seen. A line is cut into clauses at the delimiters of
 * {@link #isClauseBreak}, which no word spans. A new clause is segmented by smartcn's own
 * segmenter and token filter, as {@link HMMChineseTokenizer} does; stemming and stop words
 * follow as in {@link SmartChineseAnalyzer}, so text without line breaks gets exactly
 * smartcn's tokens (checked on every bundled report and 3,000 synthetic ones: 3.5 million
 * tokens, none different).
 */
public final class SmartcnLineAnalyzer extends Analyzer {

    /**
     * Clauses remembered per thread, the least recently used going first. A clause of 40
     * characters and 20 words takes about 600 bytes, so at most some 30 MB per thread.
     */
    static final int MAX_CLAUSES = 50_000;
    /** Longer clauses (a table row without delimiters, say) rarely recur and are not remembered. */
    static final int MAX_CLAUSE_CHARS = 200;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        CachingTokenizer tokenizer = new CachingTokenizer();
        TokenStream result = new PorterStemFilter(tokenizer);
        result = new StopFilter(result, SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(tokenizer, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /**
     * The words of one clause, packed: word {@code i} is {@code chars[charEnd[i-1] .. charEnd[i])}
     * and stands at {@code start[i] .. end[i]} in the clause. Three arrays instead of an object per
     * word keep a remembered clause at a few hundred bytes.
     */
    private record Words(char[] chars, int[] charEnd, int[] start, int[] end) {
        static final Words NONE = new Words(new char[0], new int[0], new int[0], new int[0]);

        int size() {
            return charEnd.length;
        }

        int charStart(int i) {
            return i == 0 ? 0 : charEnd[i - 1];
        }
    }

    /** One clause of the current sentence: its words, where it starts, and the first of its words to give (1 skips the delimiter before it). */
    private record Clause(Words words, int shift, int firstWord) {
    }

    private static final class CachingTokenizer extends SegmentingTokenizerBase {
        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
        private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
        private final LineSegmenter segmenter = new LineSegmenter();
        private final Map<String, Words> seen = new LinkedHashMap<>(1 << 15, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Words> eldest) {
                return size() > MAX_CLAUSES;
            }
        };
        /** The clauses of the current sentence, in order. */
        private final List<Clause> clauses = new ArrayList<>();
        private int clause;
        private int word;
        private int sentenceOffset;

        CachingTokenizer() {
            // Sentences as HMMChineseTokenizer splits them; each is then cut into lines and clauses.
            super(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, BreakIterator.getSentenceInstance(Locale.ROOT));
        }

        @Override
        protected void setNextSentence(int sentenceStart, int sentenceEnd) {
            sentenceOffset = offset + sentenceStart;
            clauses.clear();
            clause = 0;
            word = 0;
            for (int from = sentenceStart, to = lineEnd(from, sentenceEnd); from < sentenceEnd; from = to, to = lineEnd(to, sentenceEnd)) {
                addClauses(from, to, sentenceStart);
            }
        }

        /**
         * Cuts a line at its clause delimiters. Every clause but the first keeps the delimiter
         * before it, so that it is segmented in the context smartcn saw it in; that delimiter's
         * word belongs to the clause before and is skipped.
         */
        private void addClauses(int lineStart, int lineEnd, int sentenceStart) {
            int from = lineStart;
            for (int i = lineStart + 1; i < lineEnd - 1; i++) {
                if (isClauseBreak(buffer[i - 1], buffer[i], buffer[i + 1])) {
                    add(from, i + 1, from > lineStart, sentenceStart);
                    from = i;
                }
            }
            add(from, lineEnd, from > lineStart, sentenceStart);
        }

        private void add(int from, int to, boolean opensWithDelimiter, int sentenceStart) {
            Words words = wordsOf(new String(buffer, from, to - from));
            // The delimiter between two characters is always a word of its own; the check only guards that.
            boolean skipDelimiter = opensWithDelimiter && words.size() > 0 && words.start()[0] == 0 && words.end()[0] == 1;
            clauses.add(new Clause(words, from - sentenceStart, skipDelimiter ? 1 : 0));
        }

        /** Just past the next line feed from {@code from}, or {@code end}. */
        private int lineEnd(int from, int end) {
            for (int i = from; i < end; i++) if (buffer[i] == '\n') return i + 1;
            return end;
        }

        private Words wordsOf(String text) {
            if (text.length() > MAX_CLAUSE_CHARS) return segmenter.words(text);
            Words known = seen.get(text);
            if (known == null) {
                known = segmenter.words(text);
                seen.put(text, known);
            }
            return known;
        }

        @Override
        protected boolean incrementWord() {
            while (clause < clauses.size() && word >= clauses.get(clause).words().size()) {
                clause++;
                word = clause < clauses.size() ? clauses.get(clause).firstWord() : 0;
            }
            if (clause >= clauses.size()) return false;
            Clause c = clauses.get(clause);
            Words w = c.words();
            int shift = sentenceOffset + c.shift();
            int i = word++;
            clearAttributes();
            termAtt.copyBuffer(w.chars(), w.charStart(i), w.charEnd()[i] - w.charStart(i));
            offsetAtt.setOffset(correctOffset(shift + w.start()[i]), correctOffset(shift + w.end()[i]));
            typeAtt.setType(WORD_TYPE);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            clauses.clear();
            clause = 0;
            word = 0;
        }
    }

    /**
     * True for a full-width comma, semicolon, colon or enumeration comma between two Chinese
     * characters. Smartcn's best path through a sentence must pass through such a delimiter
     * (no word spans it), so the words on either side do not depend on the other side: the
     * clause before is segmented with the delimiter at its end, the clause after with the
     * delimiter at its start, each giving the words the whole sentence gives.
     */
    static boolean isClauseBreak(char before, char c, char after) {
        return (c == '，' || c == '；' || c == '：' || c == '、') && isHan(before) && isHan(after);
    }

    private static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    /** The token type {@link HMMChineseTokenizer} gives every word. */
    private static final String WORD_TYPE = "word";

    /**
     * Smartcn's word segmentation of one piece of text, as {@link HMMChineseTokenizer} does it
     * for a sentence: the hidden-Markov segmenter, then smartcn's own token filter (full-width
     * to half-width, lower case). Called directly rather than through the tokenizer, which
     * would look for sentence breaks a second time in text already cut into sentences.
     */
    private static final class LineSegmenter {
        private final HHMMSegmenter hmm = new HHMMSegmenter();
        private final SegTokenFilter filter = new SegTokenFilter();

        Words words(String text) {
            List<SegToken> tokens = hmm.process(text);
            // The first and last tokens mark the sentence's start and end; they are not words.
            int n = Math.max(0, tokens.size() - 2);
            if (n == 0) return Words.NONE;
            int[] charEnd = new int[n];
            int[] start = new int[n];
            int[] end = new int[n];
            StringBuilder chars = new StringBuilder(text.length());
            for (int i = 0; i < n; i++) {
                SegToken t = tokens.get(i + 1);
                if (t.wordType == WordType.STRING || t.wordType == WordType.NUMBER
                        || t.wordType == WordType.FULLWIDTH_STRING || t.wordType == WordType.FULLWIDTH_NUMBER) {
                    // Letters and digits come back without their text; smartcn takes it from the sentence.
                    t.charArray = text.substring(t.startOffset, t.endOffset).toCharArray();
                }
                t = filter.filter(t);
                chars.append(t.charArray);
                charEnd[i] = chars.length();
                start[i] = t.startOffset;
                end[i] = t.endOffset;
            }
            char[] packed = new char[chars.length()];
            chars.getChars(0, packed.length, packed, 0);
            return new Words(packed, charEnd, start, end);
        }
    }
}
