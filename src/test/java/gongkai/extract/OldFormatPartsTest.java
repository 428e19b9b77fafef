package gongkai.extract;

import gongkai.ingest.Ingestor;
import gongkai.report.Report;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reports in the 2008 format keep their own parts and headings, not the 2019 format's six. */
class OldFormatPartsTest {

    private static Report read(String file) throws Exception {
        return ReportExtractor.standard().extract(new Ingestor().read(Path.of("samples/real", file)));
    }

    @Test
    void theSevenPartsOf2015KeepTheirHeadingsWithFeesAsPartFour() throws Exception {
        Report r = read("平潭综合实验区_2015.txt");
        assertEquals(2015, r.year());
        assertEquals(List.of("一、概述", "二、主动公开政府信息情况", "三、政府信息依申请公开工作情况", "四、政府信息公开的收费及减免情况",
                "五、因政府信息公开申请行政复议、提起行政诉讼的情况", "六、主要问题和改进措施", "七、平潭综合实验区政府信息公开情况统计表"),
                List.copyOf(r.sections().keySet()));
        assertTrue(r.sections().get("四、政府信息公开的收费及减免情况").startsWith("2015年我区各级工作部门依申请提供政府信息暂不收费"),
                r.sections().get("四、政府信息公开的收费及减免情况"));
        assertTrue(r.sections().get("七、平潭综合实验区政府信息公开情况统计表").startsWith("指标名称"));
    }

    @Test
    void aHeadingRunIntoItsTextEndsWhereItsTitleEnds() throws Exception {
        // 四、政府信息公开工作存在的主要问题及改进情况目前… : the crawled page runs the heading into its text.
        Report r = read("平潭县人民政府_2011.txt");
        assertEquals(List.of("一、概述", "二、主动公开政府信息情况", "三、政府信息依申请公开工作情况", "四、政府信息公开工作存在的主要问题及改进情况"),
                List.copyOf(r.sections().keySet()));
        assertTrue(r.sections().get("四、政府信息公开工作存在的主要问题及改进情况").startsWith("目前"));
    }

    @Test
    void anAgencysOwnPartsAreKeptInItsOwnWords() throws Exception {
        Report r = read("平潭综合实验区地方税务局_2013.txt");
        assertEquals(List.of("一、概述", "二、主动公开政府信息情况", "三、依申请公开、不予公开及咨询政府信息情况", "四、审批事项及处理情况",
                "五、申请行政复议、提起行政诉讼和申诉的情况", "六、工作人员及信息公开事务支出情况"),
                List.copyOf(r.sections().keySet()));
        assertTrue(r.sections().get("四、审批事项及处理情况").startsWith("我局严格按照“一个窗口受理"));
    }

    @Test
    void theYearBeforeTheRegulationsKeepsItsOwnOrderOfParts() throws Exception {
        Report r = read("平潭综合实验区_2012.txt");
        assertEquals(List.of("一、概述", "二、重点领域政府信息公开情况", "三、主动公开政府信息情况", "四、政府信息依申请公开工作情况",
                "五、政府信息公开工作存在的主要问题及改进情况"), List.copyOf(r.sections().keySet()));
    }

    @Test
    void aReportOnTheNewFormatStillHasTheSixParts() throws Exception {
        Report r = read("平潭综合实验区_2019.txt");
        assertTrue(r.sections().keySet().containsAll(List.of("overview", "proactive", "requests", "appeals")), r.sections().keySet().toString());
    }

    @Test
    void aTextWithoutNumberedHeadingsHasNoParts() {
        assertEquals(Map.of(), new OldFormatParts().split("本报告由概述、主动公开政府信息情况等部分组成。"));
    }

    @Test
    void numeralsUpToNinetyNine() {
        assertEquals(1, OldFormatParts.number("一"));
        assertEquals(10, OldFormatParts.number("十"));
        assertEquals(12, OldFormatParts.number("十二"));
        assertEquals(30, OldFormatParts.number("三十"));
    }
}
