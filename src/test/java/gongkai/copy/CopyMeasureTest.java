package gongkai.copy;

import gongkai.extract.ReportExtractor;
import gongkai.ingest.Ingestor;
import gongkai.report.Report;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CopyMeasureTest {

    private static Report read(String name) throws Exception {
        return ReportExtractor.standard().extract(new Ingestor().read(Path.of("samples/real/" + name)));
    }

    @Test
    void identicalTextSharesEverything() {
        Shingles s = Shingles.of("全年共收到政府信息公开申请18件，均已按时答复。");
        assertEquals(new BigDecimal("1.0000"), CopyMeasure.share(s, s));
    }

    @Test
    void unrelatedTextSharesNothing() {
        Shingles a = Shingles.of("全年共收到政府信息公开申请18件，均已按时答复。");
        Shingles b = Shingles.of("本机关严格落实信息处理费管理办法，未收取任何费用。");
        assertEquals(new BigDecimal("0.0000"), CopyMeasure.share(a, b));
    }

    @Test
    void shareIsOfTheReportsOwnShingles() {
        // 12 characters → 5 distinct 8-grams; the other text holds the first 10 characters → 3 of them.
        Shingles a = Shingles.of("一二三四五六七八九十甲乙");
        Shingles b = Shingles.of("一二三四五六七八九十丙丁戊己");
        assertEquals(5, a.size());
        assertEquals(new BigDecimal("0.6000"), CopyMeasure.share(a, b));
    }

    @Test
    void shinglesDoNotCrossParts() {
        assertEquals(0, Shingles.of("一二三四\u0000五六七八").size());
    }

    @Test
    void noTextHasNoShare() {
        assertNull(CopyMeasure.share(Shingles.of(""), Shingles.of("一二三四五六七八九")));
    }

    /**
     * 洪泽 2023 against 2024, read from both PDFs: part 六 is the same sentence but for the year
     * (2023 → 2024); part 五 repeats 一是扎实推进依申请公开工作…专业化水平 and 继续加强业务指导培训…
     * 业务工作水平 word for word, with a new opening and a new 二是; part 一 repeats its first clause
     * (坚持以习近平新时代…为指导，全面贯彻落实) and 主要通过政府门户网站主动公开政府文件、项目审批、
     * 通知公告等各类政府信息, the rest rewritten; parts 二 to 四 are the national tables, whose labels
     * are the same and whose numbers all changed (申请 21 → 95, 行政许可 550 → 9487). So neither
     * near 0 nor near 1: the shared labels and repeated sentences make well over a third of the
     * text, the rewritten overview and the changed numbers more than a fifth.
     */
    @Test
    void hongze2024RepeatsPartOf2023() throws Exception {
        Report y2023 = read("淮安市洪泽区人民政府_2023.pdf");
        Report y2024 = read("淮安市洪泽区人民政府_2024.pdf");
        BigDecimal share = CopyMeasure.share(Shingles.of(y2024), Shingles.of(y2023));
        assertTrue(share.compareTo(new BigDecimal("0.35")) > 0 && share.compareTo(new BigDecimal("0.80")) < 0,
                "share " + share);
    }

    @Test
    void signatureRoundTrips() {
        MinHashSignature s = MinHashSignature.of(Shingles.of("全年共收到政府信息公开申请18件，均已按时答复。"));
        assertEquals(1.0, MinHashSignature.decode(s.encode()).agreement(s));
    }
}
