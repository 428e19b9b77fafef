package gongkai.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChineseCountTest {

    @ParameterizedTest
    @CsvSource({"零,0", "一,1", "两,2", "十,10", "十八,18", "二十,20", "二十一,21", "一百,100", "一百零五,105",
            "一百一十,110", "两百,200", "三百六十五,365", "一千零五,1005", "一千零五十,1050", "两千,2000",
            "一万,10000", "十万,100000", "三万八千,38000", "三万零八百,30800", "三万零八,30008"})
    void readsARegularlySpelledCount(String text, long value) {
        assertEquals(value, ChineseCount.parse(text).orElseThrow());
    }

    /** Estimates (三四), digit-by-digit spellings (一〇五) and loose speech (一百五, 三万八) are no count. */
    @ParameterizedTest
    @ValueSource(strings = {"三四", "两三", "一〇五", "十十", "一百五", "三万八", "两十", "零五", "百", "万", "一万万", "二十零"})
    void refusesWhatIsNotOneExactCount(String text) {
        assertTrue(ChineseCount.parse(text).isEmpty(), text);
    }
}
