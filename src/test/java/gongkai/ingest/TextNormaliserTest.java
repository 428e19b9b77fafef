package gongkai.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormaliserTest {

    private final TextNormaliser normaliser = new TextNormaliser();

    @Test
    void fullWidthDigitsAndLettersBecomeHalfWidth() {
        assertEquals("2023年ABCxyz", normaliser.forSearch("２０２３年ＡＢＣｘｙｚ"));
    }

    @Test
    void spacesBetweenChineseCharactersAreRemoved() {
        assertEquals("政府信息公开", normaliser.forSearch("政 府 信息　公开"));
    }

    @Test
    void lineBreaksBetweenChineseCharactersAreRemoved() {
        assertEquals("中华人民共和国政府信息公开条例", normaliser.forSearch("中华人民共和\n国政府信息公开条例"));
    }

    @Test
    void spacesNextToLatinOrDigitsAreKept() {
        assertEquals("2023 年共 1136 条", normaliser.forSearch("2023 年 共 1136 条"));
    }

    @Test
    void curlyAndCornerQuotesAreKept() {
        assertEquals("“三安全一稳定”「谁公开」‘审’", normaliser.forSearch("“三安全一稳定”「谁公开」‘审’"));
    }

    @Test
    void fullWidthPunctuationIsKept() {
        assertEquals("（一）予以公开：", normaliser.forSearch("（一）予以公开："));
    }
}
