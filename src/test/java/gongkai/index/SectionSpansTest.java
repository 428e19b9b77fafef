package gongkai.index;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionSpansTest {

    private static final String TEXT = "某某局2020年报告\n一、总体情况\n本年度公开信息12条。\n二、主动公开政府信息情况\n见下表。\n";

    @Test
    void partsFoundInTheTextBecomeSpansAndComeBackWhole() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("overview", "本年度公开信息12条。");
        parts.put("proactive", "见下表。");
        Map<String, String> unplaced = new LinkedHashMap<>();
        String spans = SectionSpans.locate(parts, TEXT, unplaced);
        assertEquals("overview 18 29;proactive 43 47", spans);
        assertTrue(unplaced.isEmpty());
        assertEquals(parts, SectionSpans.texts(spans, TEXT));
    }

    @Test
    void aPartNotInTheTextIsLeftToTheCaller() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("overview", "本年度公开信息12条。");
        parts.put("problems", "这段文字不在正文里。");
        Map<String, String> unplaced = new LinkedHashMap<>();
        String spans = SectionSpans.locate(parts, TEXT, unplaced);
        assertEquals("overview 18 29", spans);
        assertEquals(Map.of("problems", "这段文字不在正文里。"), unplaced);
    }

    @Test
    void spansOutsideTheTextAreSkipped() {
        assertEquals(Map.of("overview", "某某局"), SectionSpans.texts("overview 0 3;proactive 40 999;other x 2", TEXT));
    }
}
