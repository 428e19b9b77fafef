package gongkai.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A saved government page keeps the report and loses the site around it. */
class WebPageContentTest {

    private final String text;

    WebPageContentTest() throws Exception {
        text = new Ingestor().read(Path.of("src/test/resources/fixtures/ingest/licheng-tjj-2020-page.html")).text();
    }

    @Test
    void dropsNavigation() {
        assertFalse(text.contains("走进鲤城"), text);
        assertFalse(text.contains("当前位置"), text);
    }

    @Test
    void dropsFooter() {
        assertFalse(text.contains("闽ICP备"), text);
        assertFalse(text.contains("主办单位"), text);
    }

    @Test
    void dropsSidebarAndPageTools() {
        assertFalse(text.contains("相关文章"), text);
        assertFalse(text.contains("打印本页"), text);
        assertFalse(text.contains("国民经济和社会发展统计公报"), text);
    }

    @Test
    void keepsHeadlineAndPublicationLine() {
        assertTrue(text.startsWith("鲤城区统计局2020年政府信息公开工作年度报告\n"), text);
        assertTrue(text.contains("发布时间：2021-01-20"), text);
    }

    @Test
    void keepsTheArticleBodyAndItsTables() throws Exception {
        assertTrue(text.contains("本年度发布政策解读3条"), text);
        assertTrue(text.contains("2021年1月6日印发"), text);
        String seed = Files.readString(Path.of("samples/seeds/licheng-tjj-2020.txt"), StandardCharsets.UTF_8);
        assertEquals(WordAndWebTablesTest.rows(seed), WordAndWebTablesTest.rows(text));
    }
}
