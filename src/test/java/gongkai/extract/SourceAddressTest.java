package gongkai.extract;

import gongkai.ingest.Ingestor;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A report's web address is the source address its file prints, and nothing else. */
class SourceAddressTest {

    private static String urlOf(String file) throws Exception {
        return ReportExtractor.standard().extract(new Ingestor().read(Path.of(file))).url();
    }

    @Test
    void aCrawledPageGivesItsOriginalLink() throws Exception {
        // The crawler's header line 原文链接: of each file, read in the file itself.
        assertEquals("https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201204/t20120418_80716.htm", urlOf("samples/real/平潭县人民政府_2011.txt"));
        assertEquals("https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202001/t20200120_80576.htm", urlOf("samples/real/平潭综合实验区_2019.txt"));
        assertEquals("https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm", urlOf("samples/real/平潭综合实验区_2025.txt"));
    }

    @Test
    void aSitesAddressInTheProseIsNotTheReportsAddress() throws Exception {
        // 上海市科学技术委员会 prints its site (https://stcsm.sh.gov.cn) where the report can be downloaded.
        assertNull(urlOf("samples/real/上海市科学技术委员会_2024.md"));
        assertNull(urlOf("samples/seeds/yichun-tjj-2020.txt"));
    }

    @Test
    void aSourceLineNearTheTopIsTaken() {
        assertEquals("https://tjj.example.gov.cn/art/2021/3/1/art_1.html",
                SourceAddress.of("某市统计局2020年政府信息公开工作年度报告\n原文地址：https://tjj.example.gov.cn/art/2021/3/1/art_1.html\n一、总体情况"));
    }

    @Test
    void aValueThatIsNoWebAddressIsLeftOut() {
        assertNull(SourceAddress.of("标题: 某报告\n原文链接: javascript:alert(1)\n==================== 正文 ====================\n正文"));
        assertNull(SourceAddress.of("原文链接：见附件"));
    }
}
