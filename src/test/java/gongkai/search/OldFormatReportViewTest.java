package gongkai.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.report.Report;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index keeps a 2008-format report's own parts: the report view reads them back under their headings, in order. */
class OldFormatReportViewTest {

    @TempDir
    Path dir;

    @Test
    void theReportViewShowsThePartsOf2015UnderTheirOwnHeadings() throws Exception {
        List<Report> reports = TestIndex.samples();
        Report old = reports.stream().filter(r -> r.source().endsWith("平潭综合实验区_2015.txt")).findFirst().orElseThrow();
        try (Directory d = TestIndex.write(dir, reports); SearchService s = new SearchService(d, TestIndex.CATALOG)) {
            ObjectNode view = s.report(old.id()).orElseThrow();
            List<String> keys = new ArrayList<>();
            view.path("sections").fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("一、概述", "二、主动公开政府信息情况", "三、政府信息依申请公开工作情况", "四、政府信息公开的收费及减免情况",
                    "五、因政府信息公开申请行政复议、提起行政诉讼的情况", "六、主要问题和改进措施", "七、平潭综合实验区政府信息公开情况统计表"), keys);
            assertTrue(view.path("sections").path("四、政府信息公开的收费及减免情况").asText().startsWith("2015年我区各级工作部门依申请提供政府信息暂不收费"));
        }
    }
}
