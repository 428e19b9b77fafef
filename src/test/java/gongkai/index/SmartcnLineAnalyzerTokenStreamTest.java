package gongkai.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Lucene's own checks of a token stream for the smartcn line analyzer: offsets, reuse, random text. */
public class SmartcnLineAnalyzerTokenStreamTest extends BaseTokenStreamTestCase {

    /** The sentence of smartcn's own tests; the full stop is a stop word. */
    public void testWordsWithOffsets() throws Exception {
        try (Analyzer a = new SmartcnLineAnalyzer()) {
            assertAnalyzesTo(a, "我购买了道具和服装。",
                    new String[] {"我", "购买", "了", "道具", "和", "服装"},
                    new int[] {0, 1, 3, 4, 6, 7},
                    new int[] {1, 3, 4, 6, 7, 9});
        }
    }

    public void testReusedAnalyzerStartsOffsetsAgainAtZero() throws Exception {
        try (Analyzer a = new SmartcnLineAnalyzer()) {
            assertAnalyzesTo(a, "我购买了道具和服装。", new String[] {"我", "购买", "了", "道具", "和", "服装"});
            assertAnalyzesTo(a, "道具和服装", new String[] {"道具", "和", "服装"}, new int[] {0, 2, 3}, new int[] {2, 3, 5});
        }
    }

    public void testRandomText() throws Exception {
        try (Analyzer a = new SmartcnLineAnalyzer()) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        }
    }

    public void testRandomLongText() throws Exception {
        try (Analyzer a = new SmartcnLineAnalyzer()) {
            checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 8192);
        }
    }
}
