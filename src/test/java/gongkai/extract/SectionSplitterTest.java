package gongkai.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionSplitterTest {

    private static final List<String> ALL_SIX = List.of("overview", "proactive", "requests", "appeals", "problems", "other");
    private final SectionSplitter splitter = new SectionSplitter();

    /** Each part's first and last words, read from the reports by hand. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            licheng-tjj-2020.txt | overview  | (一) 主动公开情况                   | 进一步规范了本局政务公开工作机制。
            licheng-tjj-2020.txt | proactive | 第二十条第（一）项                   | 179411 元
            licheng-tjj-2020.txt | problems  | （一）存在的主要问题                 | 加强政府信息公开力度。
            licheng-tjj-2020.txt | other     | 本年度我局信息公开工作没有其他需要报告事项。 | 2021年1月6日印发
            lishui-tjj-2020.txt  | overview  | 2020年，我局严格按照                 | 我局政府信息公开质量得到较大提升。
            lishui-tjj-2020.txt  | problems  | （一）存在的主要问题                 | 逐步打造统计系统政府信息公开品牌。
            lishui-tjj-2020.txt  | other     | 无                                   | 无
            luoyang-tjj-2020.txt | overview  | 2020 年，市统计局认真学习贯彻落实   | 保障政府信息公开工作落到实处。
            luoyang-tjj-2020.txt | problems  | 2020年，在市政务公开主管部门的关心指导 | 丰富信息公开内容。
            luoyang-tjj-2020.txt | other     | 无                                   | 无
            pinghu-tjj-2021.txt  | overview  | (一) 主动公开情况。2021 年，我局     | 让人民群众了解统计，支持统计工作。
            pinghu-tjj-2021.txt  | problems  | (一) 存在的主要问题。                | 进一步提升政府信息公开工作能力和水平。
            pinghu-tjj-2021.txt  | other     | 无。                                 | 无。
            yichun-tjj-2020.txt  | overview  | 2020年宜春市统计局坚持以习近平       | 及时。
            yichun-tjj-2020.txt  | requests  | （本列数据的勾稽关系为               | 0
            yichun-tjj-2020.txt  | other     | 无其他需要报告事项。                 | 无其他需要报告事项。
            """)
    void seedPartsStartAndEndWhereTheReportSays(String seed, String key, String start, String end) throws IOException {
        Map<String, String> parts = splitter.split(Files.readString(Path.of("samples/seeds", seed)));
        String text = parts.get(key);
        assertTrue(text.startsWith(start), () -> key + " starts: " + text.substring(0, Math.min(40, text.length())));
        assertTrue(text.endsWith(end), () -> key + " ends: " + text.substring(Math.max(0, text.length() - 40)));
    }

    @ParameterizedTest
    @CsvSource({"licheng-tjj-2020.txt", "lishui-tjj-2020.txt", "luoyang-tjj-2020.txt", "pinghu-tjj-2021.txt", "yichun-tjj-2020.txt"})
    void everySeedHasAllSixPartsInOrder(String seed) throws IOException {
        Map<String, String> parts = splitter.split(Files.readString(Path.of("samples/seeds", seed)));
        assertEquals(ALL_SIX, List.copyOf(parts.keySet()));
    }

    @Test
    void aTypoedArabicNumeralStillOpensItsPart() throws IOException {
        // lishui prints "5、 存在的主要问题及改进情况" for 五、
        String appeals = splitter.split(Files.readString(Path.of("samples/seeds/lishui-tjj-2020.txt"))).get("appeals");
        assertFalse(appeals.contains("存在的主要问题"), appeals);
    }

    @Test
    void tableRowsNumberedLikePartsDoNotOpenParts() throws IOException {
        String requests = splitter.split(Files.readString(Path.of("samples/seeds/luoyang-tjj-2020.txt"))).get("requests");
        assertTrue(requests.contains("三、本年度办理结果"), requests);
        assertTrue(requests.contains("四、结转下年度继续办理"), requests);
    }

    @Test
    void headingsRunIntoCrawledTextAreFound() throws IOException {
        Map<String, String> parts = splitter.split(Files.readString(Path.of("samples/real/平潭综合实验区_2024.txt")));
        assertEquals(ALL_SIX, List.copyOf(parts.keySet()));
        assertTrue(parts.get("overview").startsWith("2024年，平潭综合实验区坚持以习"), parts.get("overview"));
        assertEquals("2024年，无收取信息处理费情况。", parts.get("other"));
    }

    @Test
    void aHeadingGluedToATableCellNeedsTheNationalTitle() throws IOException {
        // "…政府集中采购13575394432.52元三、收到和处理政府信息公开申请情况（本列数据…"
        Map<String, String> parts = splitter.split(Files.readString(Path.of("samples/real/平潭综合实验区_2019.txt")));
        assertTrue(parts.get("requests").startsWith("（本列数据的勾稽关系为"), parts.get("requests"));
        assertTrue(parts.get("proactive").endsWith("元"), parts.get("proactive"));
    }

    @Test
    void markdownHeadingMarksStayOutOfTheText() throws IOException {
        Map<String, String> parts = splitter.split(Files.readString(Path.of("samples/real/沭阳县人民政府_2025.txt")));
        assertEquals(ALL_SIX, List.copyOf(parts.keySet()));
        assertFalse(parts.get("overview").endsWith("#"), parts.get("overview"));
        assertTrue(parts.get("overview").startsWith("2025年，我县坚持以习近平"), parts.get("overview"));
    }

    @Test
    void theNationalTitlesWinOverLooseOnesEarlier() throws IOException {
        // 上海市科委 numbers sub-topics 一、…六、 inside its overview (三、主动公开工作情况), then the six parts.
        Map<String, String> parts = splitter.split(Files.readString(Path.of("samples/real/上海市科学技术委员会_2024.md")));
        assertTrue(parts.get("overview").contains("三、主动公开工作情况"));
        assertTrue(parts.get("proactive").startsWith("第二十条第（一）项"), parts.get("proactive"));
        assertTrue(parts.get("other").startsWith("本年度信息公开处理费收费情况"), parts.get("other"));
    }

    @Test
    void oldReportsMapTheirPartsByTitle() throws IOException {
        // 2015: 一、概述 二、主动公开… 三、…依申请公开… 四、收费及减免 五、…行政复议… 六、主要问题和改进措施 七、统计表
        Map<String, String> parts = splitter.split(Files.readString(Path.of("samples/real/平潭综合实验区_2015.txt")));
        assertEquals(List.of("overview", "proactive", "requests", "appeals", "problems"), List.copyOf(parts.keySet()));
        assertTrue(parts.get("overview").startsWith("2015年，在省政府办公厅"), parts.get("overview"));
        assertTrue(parts.get("requests").contains("四、政府信息公开的收费及减免情况"), parts.get("requests"));
    }

    @Test
    void withoutAnOverviewHeadingTheOpeningIsTheOverview() {
        Map<String, String> parts = splitter.split("本报告依据条例编制。\n二、主动公开政府信息情况\n全年公开10条。\n六、其他需要报告的事项\n无。");
        assertEquals("本报告依据条例编制。", parts.get("overview"));
        assertEquals("全年公开10条。", parts.get("proactive"));
        assertEquals("无。", parts.get("other"));
    }

    @Test
    void spacedAndParenthesisedHeadingsAreRead() {
        Map<String, String> spaced = splitter.split("一、 总体情况\n甲。\n二． 主动公开政府信息情况\n乙。");
        assertEquals(Map.of("overview", "甲。", "proactive", "乙。"), spaced);
        Map<String, String> parenthesised = splitter.split("（一）总体情况\n甲。\n（二）主动公开政府信息情况\n乙。");
        assertEquals(Map.of("overview", "甲。", "proactive", "乙。"), parenthesised);
    }

    @Test
    void emptyTextHasNoParts() {
        assertTrue(splitter.split("").isEmpty());
    }
}
