package gongkai.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Smartcn's words, line by line, each distinct line segmented once per thread.
 *
 * <p>Smartcn segments a sentence as a whole, and a table or a title block is one long
 * "sentence" (it has no 。), so a line's words could depend on the line after it: a title
 * line 上海市应急管理局 followed by a line 2019年… gave 管理 + 局, alone it gives 管理局.
 * Here each line is segmented by itself, as a query is, so a label or an agency name has
 * the same words in every layout.
 *
 * <p>Lines also recur: the tables' row labels, header cells, rows of zeros and the template's
 * stock phrases appear in report after report. Segmentation was half of all indexing time,
 * so each indexing thread remembers the words of the lines it has seen. A new line is
 * segmented by smartcn's own tokenizer; stemming and stop words follow as in
 * {@link SmartChineseAnalyzer}, so text without line breaks gets exactly smartcn's tokens.
 */
public final class SmartcnLineAnalyzer extends Analyzer {

    /**
     * Lines remembered per thread, the least recently used going first: about 2 KB each, so
     * some 40 MB per thread. (100,000 lines took 230 MB per thread and tripled the indexer's
     * peak heap; the lines that recur are a few thousand labels and stock phrases.)
     */
    static final int MAX_LINES = 20_000;
    /** Longer lines (whole paragraphs) rarely recur and are not remembered. */
    static final int MAX_LINE_CHARS = 200;

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

    /** One word of a line, offsets relative to the line's start. */
    private record Word(char[] term, int start, int end, String type) {
    }

    private static final class CachingTokenizer extends SegmentingTokenizerBase {
        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
        private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
        private final HMMChineseTokenizer segmenter = new HMMChineseTokenizer();
        private final CharTermAttribute segTerm = segmenter.addAttribute(CharTermAttribute.class);
        private final OffsetAttribute segOffset = segmenter.addAttribute(OffsetAttribute.class);
        private final TypeAttribute segType = segmenter.addAttribute(TypeAttribute.class);
        private final Map<String, List<Word>> seen = new LinkedHashMap<>(1 << 15, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Word>> eldest) {
                return size() > MAX_LINES;
            }
        };
        private List<Word> words = List.of();
        private int next;
        private int sentenceOffset;

        CachingTokenizer() {
            // Sentences as HMMChineseTokenizer splits them; each is then cut into its lines.
            super(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, BreakIterator.getSentenceInstance(Locale.ROOT));
        }

        @Override
        protected void setNextSentence(int sentenceStart, int sentenceEnd) {
            sentenceOffset = offset + sentenceStart;
            next = 0;
            int firstBreak = lineEnd(sentenceStart, sentenceEnd);
            if (firstBreak == sentenceEnd) {
                words = wordsOf(new String(buffer, sentenceStart, sentenceEnd - sentenceStart));
                return;
            }
            List<Word> all = new ArrayList<>();
            for (int from = sentenceStart, to = firstBreak; from < sentenceEnd; from = to, to = lineEnd(to, sentenceEnd)) {
                int shift = from - sentenceStart;
                for (Word w : wordsOf(new String(buffer, from, to - from))) {
                    all.add(new Word(w.term(), w.start() + shift, w.end() + shift, w.type()));
                }
            }
            words = all;
        }

        /** Just past the next line feed from {@code from}, or {@code end}. */
        private int lineEnd(int from, int end) {
            for (int i = from; i < end; i++) if (buffer[i] == '\n') return i + 1;
            return end;
        }

        private List<Word> wordsOf(String line) {
            if (line.length() > MAX_LINE_CHARS) return segment(line);
            List<Word> known = seen.get(line);
            if (known == null) {
                known = segment(line);
                seen.put(line, known);
            }
            return known;
        }

        @Override
        protected boolean incrementWord() {
            if (next >= words.size()) return false;
            Word w = words.get(next++);
            clearAttributes();
            termAtt.copyBuffer(w.term(), 0, w.term().length);
            offsetAtt.setOffset(correctOffset(sentenceOffset + w.start()), correctOffset(sentenceOffset + w.end()));
            typeAtt.setType(w.type());
            return true;
        }

        /** Smartcn's words for one line (or sentence within a line). */
        private List<Word> segment(String sentence) {
            List<Word> out = new ArrayList<>();
            try {
                segmenter.setReader(new StringReader(sentence));
                segmenter.reset();
                while (segmenter.incrementToken()) {
                    out.add(new Word(segTerm.toString().toCharArray(), segOffset.startOffset(), segOffset.endOffset(), segType.type()));
                }
                segmenter.end();
                segmenter.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringReader does not fail
            }
            return List.copyOf(out);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            words = List.of();
            next = 0;
        }
    }
}
