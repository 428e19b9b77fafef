package gongkai.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Lucene's own checks of a token stream: offsets, positions, reuse and random text of every kind. */
public class CjkCharAnalyzerTokenStreamTest extends BaseTokenStreamTestCase {

    public void testHanCharactersLettersAndGapsWithOffsets() throws Exception {
        try (Analyzer a = new CjkCharAnalyzer()) {
            assertAnalyzesTo(a, "2020年 GDP人口。",
                    new String[] {"2020", "年", "gdp", "人", "口"},
                    new int[] {0, 4, 6, 9, 10},
                    new int[] {4, 5, 9, 10, 11},
                    new int[] {1, 1, 2, 1, 1});
        }
    }

    public void testReusedAnalyzerStartsOffsetsAgainAtZero() throws Exception {
        try (Analyzer a = new CjkCharAnalyzer()) {
            assertAnalyzesTo(a, "abc 公开", new String[] {"abc", "公", "开"}, new int[] {0, 4, 5}, new int[] {3, 5, 6});
            assertAnalyzesTo(a, "人口", new String[] {"人", "口"}, new int[] {0, 1}, new int[] {1, 2});
        }
    }

    public void testLongRunOfDigitsIsCutAtTheMaximumTokenLength() throws Exception {
        String digits = "7".repeat(300);
        try (Analyzer a = new CjkCharAnalyzer()) {
            assertAnalyzesTo(a, digits,
                    new String[] {"7".repeat(255), "7".repeat(45)},
                    new int[] {0, 255},
                    new int[] {255, 300},
                    new int[] {1, 1});
        }
    }

    public void testRandomText() throws Exception {
        try (Analyzer a = new CjkCharAnalyzer()) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        }
    }

    public void testRandomLongText() throws Exception {
        try (Analyzer a = new CjkCharAnalyzer()) {
            checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 8192);
        }
    }
}
