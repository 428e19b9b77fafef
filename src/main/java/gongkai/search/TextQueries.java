package gongkai.search;

import gongkai.index.CjkCharAnalyzer;
import gongkai.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The queries for free text.
 *
 * <p>A quoted phrase is a {@link PhraseQuery} over single characters ({@link Schema#TEXT_CJK},
 * slop 0): it matches exactly where the characters stand side by side, which is what makes
 * recall equal Ctrl-F. Its matches are ranked by the BM25 of its smartcn words.
 *
 * <p>An unquoted word is that same character phrase OR all of its smartcn words on
 * {@link Schema#TEXT}. So it finds every report the phrase finds, plus those that have its
 * words apart. Reports that contain the word exactly get a constant bonus on top of the words' BM25 that
 * is larger than any BM25 score its smartcn words can reach (BM25 gives one term at most its
 * idf, and idf is at most ln(1 + N/1.5)), so they always rank above words-apart matches.
 */
final class TextQueries {

    /** A free-text query and the strings a snippet should mark for it. */
    record Text(Query query, List<String> marks) {
    }

    private final Analyzer chars = new CjkCharAnalyzer();
    private final Analyzer words = new SmartChineseAnalyzer();
    /**
     * The bonus per smartcn word: above the highest BM25 score one term can reach in an index
     * of {@code docCount} reports.
     */
    static float exactBonusPerWord(long docCount) {
        return (float) Math.log(1 + Math.max(1, docCount) / 1.5) + 1f;
    }

    /** {@code "quoted"}: the exact character phrase; null when the phrase has nothing searchable. */
    Text phrase(String phrase) {
        Query q = charPhrase(Schema.TEXT_CJK, phrase);
        if (q == null) return null;
        List<String> tokens = analyze(words, Schema.TEXT, phrase).stream().map(Token::term).distinct().toList();
        if (!(q instanceof PhraseQuery) || tokens.isEmpty()) return new Text(q, List.of(phrase.strip()));
        // The phrase decides what matches; its smartcn words rank the matches. Scoring the
        // phrase itself would count every occurrence of its characters side by side, and for a
        // common phrase in 100,000 reports that walk was most of the search's time.
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new ConstantScoreQuery(q), BooleanClause.Occur.MUST);
        for (String t : tokens) b.add(new TermQuery(new Term(Schema.TEXT, t)), BooleanClause.Occur.SHOULD);
        return new Text(b.build(), List.of(phrase.strip()));
    }

    /**
     * An unquoted word: the exact phrase (with bonus) or all its smartcn words.
     *
     * @param docCount number of reports in the index: it bounds the BM25 score the bonus must beat
     */
    Text word(String word, long docCount) {
        Query exact = charPhrase(Schema.TEXT_CJK, word);
        if (exact == null) return null;
        List<String> tokens = analyze(words, Schema.TEXT, word).stream().map(Token::term).distinct().toList();
        List<String> marks = new ArrayList<>();
        marks.add(word);
        if (tokens.isEmpty()) return new Text(exact, marks);

        BooleanQuery.Builder apart = new BooleanQuery.Builder();
        for (String t : tokens) {
            apart.add(new TermQuery(new Term(Schema.TEXT, t)), BooleanClause.Occur.MUST);
            if (t.length() >= 2 && !t.equals(word)) marks.add(t);
        }
        float bonus = exactBonusPerWord(docCount) * tokens.size();
        // The exact phrase only adds its constant bonus: scoring it would count every
        // occurrence of its characters side by side, and for a common word in 100,000 reports
        // that count was nearly half of all search time. The words' BM25 ranks within each group.
        Query query = new BooleanQuery.Builder()
                .add(new BoostQuery(new ConstantScoreQuery(exact), bonus), BooleanClause.Occur.SHOULD)
                .add(apart.build(), BooleanClause.Occur.SHOULD)
                .build();
        return new Text(query, marks);
    }

    /** Substring match on a character field ({@code agency:丽水}); null when nothing is searchable. */
    Query charPhrase(String field, String text) {
        List<Token> tokens = analyze(chars, field, text);
        if (tokens.isEmpty()) return null;
        if (tokens.size() == 1) return new TermQuery(new Term(field, tokens.get(0).term()));
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (Token t : tokens) b.add(new Term(field, t.term()), t.position());
        return b.build();
    }

    private record Token(String term, int position) {
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
