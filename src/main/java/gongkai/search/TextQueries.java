package gongkai.search;

import gongkai.index.Schema;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.List;

/**
 * The Lucene queries for free text.
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

    private final TextAnalysis analysis;

    TextQueries(TextAnalysis analysis) {
        this.analysis = analysis;
    }
    /**
     * The bonus per smartcn word: above the highest BM25 score one term can reach in an index
     * of {@code docCount} reports.
     */
    static float exactBonusPerWord(long docCount) {
        return (float) Math.log(1 + Math.max(1, docCount) / 1.5) + 1f;
    }

    /** {@code "quoted"}: the exact character phrase; the parser has checked that it has something searchable. */
    Query phrase(String phrase) {
        Query q = charPhrase(Schema.TEXT_CJK, phrase);
        List<String> tokens = analysis.words(phrase);
        if (!(q instanceof PhraseQuery) || tokens.isEmpty()) return q;
        // The phrase decides what matches; its smartcn words rank the matches. Scoring the
        // phrase itself would count every occurrence of its characters side by side, and for a
        // common phrase in 100,000 reports that walk was most of the search's time.
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new ConstantScoreQuery(q), BooleanClause.Occur.MUST);
        for (String t : tokens) b.add(new TermQuery(new Term(Schema.TEXT, t)), BooleanClause.Occur.SHOULD);
        return b.build();
    }

    /**
     * An unquoted word: the exact phrase (with bonus) or all its smartcn words.
     *
     * @param docCount number of reports in the index: it bounds the BM25 score the bonus must beat
     */
    Query word(String word, long docCount) {
        Query exact = charPhrase(Schema.TEXT_CJK, word);
        List<String> tokens = analysis.words(word);
        if (tokens.isEmpty()) return exact;

        BooleanQuery.Builder apart = new BooleanQuery.Builder();
        for (String t : tokens) apart.add(new TermQuery(new Term(Schema.TEXT, t)), BooleanClause.Occur.MUST);
        float bonus = exactBonusPerWord(docCount) * tokens.size();
        // The exact phrase only adds its constant bonus: scoring it would count every
        // occurrence of its characters side by side, and for a common word in 100,000 reports
        // that count was nearly half of all search time. The words' BM25 ranks within each group.
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new ConstantScoreQuery(exact), bonus), BooleanClause.Occur.SHOULD)
                .add(apart.build(), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** Substring match on a character field ({@code agency:丽水}); null when nothing is searchable. */
    Query charPhrase(String field, String text) {
        List<TextAnalysis.Token> tokens = analysis.chars(text);
        if (tokens.isEmpty()) return null;
        if (tokens.size() == 1) return new TermQuery(new Term(field, tokens.get(0).term()));
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (TextAnalysis.Token t : tokens) b.add(new Term(field, t.term()), t.position());
        return b.build();
    }
}
