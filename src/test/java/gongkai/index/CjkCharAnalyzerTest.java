package gongkai.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CjkCharAnalyzerTest {

    /** token@position, for compact assertions. */
    private static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (Analyzer a = new CjkCharAnalyzer(); TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(term + "@" + pos);
            }
            ts.end();
        }
        return out;
    }

    @Test
    void everyChineseCharacterIsOneToken() throws IOException {
        assertEquals(List.of("人@0", "口@1", "普@2", "查@3"), tokens("人口普查"));
    }

    @Test
    void punctuationLeavesAGapSoPhrasesDoNotJoinAcrossIt() throws IOException {
        assertEquals(List.of("人@0", "口@1", "普@3", "查@4"), tokens("人口。普查"));
    }

    @Test
    void lettersAndDigitsFormLowerCasedWords() throws IOException {
        assertEquals(List.of("2020@0", "年@1", "gdp@3"), tokens("2020年 GDP"));
    }

    @Test
    void longTextsAcrossBufferBoundariesKeepEveryCharacter() throws IOException {
        String text = "统计".repeat(5000);
        List<String> t = tokens(text);
        assertEquals(10000, t.size());
        assertEquals("计@9999", t.get(9999));
    }
}
