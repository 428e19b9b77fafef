package gongkai.search;

import gongkai.report.Report;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static gongkai.search.TestIndex.figures;
import static gongkai.search.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reports that contain an unquoted word exactly rank above those that only have its words apart. */
class RankingTest {

    @TempDir
    Path dir;

    @Test
    void exactMatchRanksAboveWordsApartEvenWhenTheWordsAreFrequent() throws Exception {
        List<Report> reports = new ArrayList<>();
        // The exact report mentions 人口普查 once in a long text; the other repeats 人口 and 普查
        // apart in a short one, which alone would give it the higher BM25 score.
        reports.add(report("exact", "甲局", 2020, null, null, null, figures(),
                List.of(), "本年度开展了人口普查。" + "其他工作稳步推进，".repeat(200)));
        reports.add(report("apart", "乙局", 2020, null, null, null, figures(),
                List.of(), "人口，普查。人口，普查。人口，普查。人口，普查。"));
        for (int i = 0; i < 20; i++) {
            reports.add(report("filler" + i, "丙局", 2020, null, null, null, figures(), List.of(), "政府信息公开工作年度报告。"));
        }
        try (Directory d = TestIndex.write(dir, reports); SearchService service = new SearchService(d, TestIndex.CATALOG)) {
            SearchResponse r = service.search(SearchRequest.of("人口普查"));
            assertEquals(2, r.total());
            assertEquals("exact", r.hits().get(0).id().replaceAll("0+$", ""));
            assertEquals("apart", r.hits().get(1).id().replaceAll("0+$", ""));
        }
    }
}
