package gongkai.search;

import gongkai.index.CjkCharAnalyzer;
import gongkai.index.Analyzers;
import gongkai.index.Schema;
import gongkai.index.SimplifiedScript;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How a query's text is cut up, the same way for every engine: into single characters (what
 * a phrase must match side by side) and into smartcn words (what ranks the matches, and
 * which of them a snippet marks), both over the text folded to simplified characters.
 * Thread-safe.
 */
public final class TextAnalysis {

    /** One token and its position. */
    public record Token(String term, int position) {
    }

    private final SimplifiedScript script;
    private final Analyzer chars;
    private final Analyzer words;

    /** Traditional characters folded to simplified, as the index folds them. */
    public TextAnalysis() {
        this(SimplifiedScript.icu());
    }

    public TextAnalysis(SimplifiedScript script) {
        this.script = script;
        this.chars = Analyzers.simplified(new CjkCharAnalyzer(), script);
        this.words = Analyzers.simplified(new SmartChineseAnalyzer(), script);
    }

    /** The text with traditional characters in their simplified form, as every field is searched. */
    public String simplified(String text) {
        return script.fold(text);
    }

    public SimplifiedScript script() {
        return script;
    }

    /** The per-character tokens of {@code text}, as the per-character fields index them. */
    public List<Token> chars(String text) {
        return analyze(chars, Schema.TEXT_CJK, text);
    }

    /** The distinct smartcn words of {@code text}, in order. */
    public List<String> words(String text) {
        return analyze(words, Schema.TEXT, text).stream().map(Token::term).distinct().toList();
    }

    /** True when the text has something a per-character field can match. */
    public boolean searchable(String text) {
        return !chars(text).isEmpty();
    }

    private static List<Token> analyze(Analyzer analyzer, String field, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new Token(term.toString(), pos));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query string in memory cannot fail", e);
        }
        return out;
    }
}
