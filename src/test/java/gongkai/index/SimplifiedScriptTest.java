package gongkai.index;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Traditional characters fold to ICU's simplified form, one character at a time, offsets kept. */
class SimplifiedScriptTest {

    private final SimplifiedScript script = SimplifiedScript.icu();

    @Test
    void everyHanCharacterFoldsAsIcuTransliteratesItAlone() {
        Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
        int changed = 0;
        for (int cp = 0x3400; cp < 0x32000; cp++) {
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) continue;
            String c = Character.toString(cp);
            String expected = icu.transliterate(c);
            assertEquals(expected, script.fold(c), () -> c + " U+" + Integer.toHexString(c.codePointAt(0)));
            if (!expected.equals(c)) changed++;
        }
        assertEquals(changed, script.size());
    }

    @Test
    void traditionalWordsBecomeSimplifiedAndSimplifiedTextStaysTheSameString() {
        assertEquals("统计局", script.fold("統計局"));
        assertEquals("政府信息公开", script.fold("政府信息公開"));
        assertEquals("台湾", script.fold("臺灣"));
        String simplified = "国家统计局2023年政府信息公开工作年度报告";
        assertSame(simplified, script.fold(simplified));
    }

    @Test
    void aPhraseRuleOfIcuIsNotAppliedSoACharacterFoldsAloneAsInsideAWord() {
        // ICU keeps 著名 as it is but turns 著 alone into 着: folded alike, a query 著 finds 名著.
        assertEquals("着名", script.fold("著名"));
        assertEquals("名着", script.fold("名著"));
    }

    @Test
    void analyzerTokensPointAtThePrintedCharactersAcrossAFoldThatChangesLength() throws IOException {
        // 噁 (one UTF-16 unit) folds to 𫫇 (two): the tokens after it still point at the printed text.
        String printed = "噁心統計";
        Analyzer a = Analyzers.perField();
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(Schema.TEXT_CJK, printed)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) tokens.add(term + "@" + printed.substring(off.startOffset(), off.endOffset()));
            ts.end();
        }
        assertEquals(List.of("𫫇@噁", "心@心", "统@統", "计@計"), tokens);
    }

    @Test
    void foldedOffsetsLeadBackToThePrintedText() {
        String printed = "噁心統計局";
        SimplifiedScript.Folded f = script.folded(printed);
        int at = f.text().indexOf("统计");
        assertEquals("統計", printed.substring(f.original(at), f.original(at + 2)));
    }
}
