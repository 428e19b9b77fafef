package gongkai.opensearch;

import gongkai.search.TextAnalysis;

import java.util.List;

/**
 * The per-character field of the OpenSearch index, as text its built-in {@code whitespace}
 * analyzer turns into exactly the tokens and positions of the embedded index's per-character
 * field: each token of {@link TextAnalysis#chars} separated by a space, and {@link #GAP}
 * where the embedded analyzer leaves a position gap (at punctuation and spaces).
 *
 * <p>Why not an analyzer on the cluster: the distribution Gongkai tests on has no
 * analysis-common module, and the {@code standard} analyzer drops punctuation without a gap,
 * so {@code 一总体} would match {@code 一、总体} there but not on the embedded index. Sending
 * the tokens keeps phrase recall the same, token for token, on both engines.
 */
final class CharRuns {

    /** Stands for a gap. It is never a token itself: tokens are Han characters or runs of letters and digits. */
    static final String GAP = "|";

    private final TextAnalysis analysis;

    CharRuns(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The text as whitespace-separated tokens with gap marks. */
    String encode(String text) {
        if (text == null || text.isEmpty()) return "";
        List<TextAnalysis.Token> tokens = analysis.chars(text);
        StringBuilder out = new StringBuilder(text.length() * 2);
        int last = -1;
        for (TextAnalysis.Token t : tokens) {
            if (!out.isEmpty()) {
                out.append(' ');
                if (t.position() > last + 1) out.append(GAP).append(' ');
            }
            out.append(t.term());
            last = t.position();
        }
        return out.toString();
    }
}
