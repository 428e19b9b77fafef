package gongkai.extract;

import gongkai.ingest.Ingestor;
import gongkai.report.Report;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The derived rates of real reports, each worked out by hand from the figures printed in the
 * report's own tables (the inputs are in the comments), to four decimals, half up.
 */
class RealReportRatesTest {

    private final ReportExtractor extractor = ReportExtractor.standard();
    private final Ingestor ingestor = new Ingestor();

    private Report read(String name) throws Exception {
        return extractor.extract(ingestor.read(Path.of("samples/real/" + name)));
    }

    private static void assertRate(Report r, String key, String expected) {
        BigDecimal v = r.figures().get(key);
        assertTrue(v != null, key + " should be computed");
        assertEquals(new BigDecimal(expected), v, key);
    }

    @Test
    void shuyang2025() throws Exception {
        Report r = read("沭阳县人民政府_2025.txt");
        // 予以公开 294 + 部分公开 101 = 395; （七）总计 718 → 395/718 = 0.55014
        assertRate(r, "rate.disclosed", "0.5501");
        // 不予公开 0+0+2+2+13+2+4+9 = 32 → 32/718 = 0.04457
        assertRate(r, "rate.denied", "0.0446");
        // 无法提供 111+2+0 = 113 → 113/718 = 0.15738
        assertRate(r, "rate.unable", "0.1574");
        // 结转下年度 31 ÷ (新收 713 + 上年结转 36 = 749) = 0.04139
        assertRate(r, "rate.carried_over", "0.0414");
        // 行政复议: 纠正 10 ÷ (总计 61 − 尚未审结 15 = 46) = 0.21739
        assertRate(r, "rate.review_corrected", "0.2174");
        // 诉讼: 纠正 0+0 ÷ (3 + 10 − 0 − 1 = 12) = 0
        assertRate(r, "rate.suit_corrected", "0.0000");
        // (复议 61 + 直接起诉 3) ÷ 718 = 0.08914
        assertRate(r, "rate.dispute", "0.0891");
    }

    @Test
    void pingtan2021() throws Exception {
        Report r = read("平潭综合实验区_2021.txt");
        // 予以公开 30 + 部分公开 5 = 35; 总计 69 → 0.50725
        assertRate(r, "rate.disclosed", "0.5072");
        // 不予公开: 内部事务 1 + 执法案卷 6 + 行政查询 1 = 8 → 8/69 = 0.11594
        assertRate(r, "rate.denied", "0.1159");
        // 无法提供: 不掌握 25 → 25/69 = 0.36232
        assertRate(r, "rate.unable", "0.3623");
        // 结转下年度 1 ÷ (新收 70 + 上年结转 0) = 0.014286
        assertRate(r, "rate.carried_over", "0.0143");
        // 复议 维持1 纠正0 其他2 未结0 总计3 → 0/3
        assertRate(r, "rate.review_corrected", "0.0000");
        // (复议 3 + 直接起诉 12) ÷ 69 = 0.21739
        assertRate(r, "rate.dispute", "0.2174");
    }

    @Test
    void pingtan2023() throws Exception {
        Report r = read("平潭综合实验区_2023.txt");
        // 予以公开 22 + 部分公开 20 = 42; 总计 81 → 0.51852 (the prose says 51.85%)
        assertRate(r, "rate.disclosed", "0.5185");
        // 不予公开: 第三方 1 + 过程性 1 + 执法案卷 1 + 行政查询 2 = 5 → 0.06173 (prose: 6.17%)
        assertRate(r, "rate.denied", "0.0617");
        // 无法提供 31 → 0.38272 (prose: 38.27%)
        assertRate(r, "rate.unable", "0.3827");
        // 复议 1 1 0 0 2: 纠正 1 ÷ (2 − 0) = 0.5
        assertRate(r, "rate.review_corrected", "0.5000");
        // 直接起诉 4 0 0 1 5, 复议后起诉 1 0 1 0 2: 0 ÷ (5 + 2 − 1 − 0 = 6)
        assertRate(r, "rate.suit_corrected", "0.0000");
        // (复议 2 + 直接起诉 5) ÷ 81 = 0.08642
        assertRate(r, "rate.dispute", "0.0864");
    }

    @Test
    void aRateWithAnUnreadInputIsMissingAndNotListedAsUnread() throws Exception {
        // 上海市人民政府办公厅 2025: the 部分公开 total cell is not read, so 公开率 cannot be computed
        Report r = read("上海市人民政府办公厅_2025.md");
        assertTrue(r.missing().contains("apply.partial.total"));
        assertFalse(r.figures().containsKey("rate.disclosed"));
        assertFalse(r.missing().contains("rate.disclosed"), "missing lists unread table cells only");
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("rate.disclosed")));
    }

    @Test
    void aReportWithoutTablesHasNoRates() throws Exception {
        Map<String, BigDecimal> f = read("平潭综合实验区_2015.txt").figures();
        assertTrue(f.keySet().stream().noneMatch(k -> k.startsWith("rate.")));
    }
}
