package gongkai.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnippetsTest {

    private final Snippets snippets = new Snippets(3, 100);

    @Test
    void marksTheMatchedPhrase() {
        assertEquals(List.of("开展第七次<mark>人口普查</mark>工作"), snippets.of("开展第七次人口普查工作", List.of("人口普查")));
    }

    @Test
    void escapesScriptTagsAroundAMatch() {
        String s = snippets.of("<script>alert(1)</script>人口普查<img src=x onerror=\"alert(2)\">", List.of("人口普查")).get(0);
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;<mark>人口普查</mark>&lt;img src=x onerror=&quot;alert(2)&quot;&gt;", s);
    }

    @Test
    void escapesAMatchThatIsItselfMarkup() {
        String s = snippets.of("文本<b>粗体</b>", List.of("<b>")).get(0);
        assertEquals("文本<mark>&lt;b&gt;</mark>粗体&lt;/b&gt;", s);
    }

    @Test
    void escapesTheOpeningWhenNothingMatches() {
        String s = snippets.of("<img onerror=alert(1)>统计", List.of("人口")).get(0);
        assertFalse(s.contains("<img"), s);
        assertTrue(s.startsWith("&lt;img onerror=alert(1)&gt;"), s);
    }

    @Test
    void longerMarkWinsWhereTwoStartTogether() {
        assertEquals(List.of("<mark>人口普查</mark>"), snippets.of("人口普查", List.of("人口", "人口普查")));
    }

    @Test
    void latinMatchesIgnoreCaseButKeepTheTextsSpelling() {
        assertEquals(List.of("全市<mark>GDP</mark>增长"), snippets.of("全市GDP增长", List.of("gdp")));
    }

    @Test
    void distantMatchesGiveSeparateSnippetsInTextOrder() {
        String text = "人口" + "。".repeat(300) + "普查" + "。".repeat(300);
        List<String> s = snippets.of(text, List.of("人口", "普查"));
        assertEquals(2, s.size());
        assertTrue(s.get(0).startsWith("<mark>人口</mark>"), s.get(0));
        assertTrue(s.get(1).contains("<mark>普查</mark>"), s.get(1));
    }

    @Test
    void lineBreaksBecomeSpaces() {
        assertEquals(List.of("一、总体情况 <mark>人口</mark>"), snippets.of("一、总体情况\n人口", List.of("人口")));
    }

    @Test
    void theOpeningOfACrawledPageSkipsTheCrawlersHeader() throws Exception {
        // samples/real/平潭综合实验区_2025.txt: eight header lines and a 正文 rule, then the report.
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("samples/real/平潭综合实验区_2025.txt"));
        String opening = new Snippets().of(text, List.of()).get(0);
        org.junit.jupiter.api.Assertions.assertTrue(opening.startsWith("本报告根据《中华人民共和国政府信息公开条例》"), opening);
    }

    @Test
    void aTextWithoutAHeaderOpensAtItsStart() {
        org.junit.jupiter.api.Assertions.assertEquals(0, Snippets.openingStart("标题党不是报告头\n正文"));
    }
}
