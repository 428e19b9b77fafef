package gongkai.extract;

import gongkai.ingest.Ingestor;
import gongkai.ingest.SourceText;
import gongkai.ingest.TextNormaliser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The prose figures read from the seeds and the real samples. Every expected figure was read by
 * hand from the report's sentence; a report not listed states none that ties to one key.
 */
class ProseFiguresTest {

    private final ProseFigures prose = new ProseFigures(new TextNormaliser());

    private List<String> claims(String text, String format, Integer year) {
        return prose.read(text, format, year).stream().map(c -> c.key() + "=" + c.value().toPlainString()).toList();
    }

    private List<String> claims(String sentence) {
        return claims(sentence, "txt", 2020);
    }

    private List<String> file(String path, int year) throws Exception {
        SourceText s = new Ingestor().read(Path.of(path));
        return claims(s.text(), s.format(), year).stream().sorted().toList();
    }

    private static List<String> sorted(String... claims) {
        return List.of(claims).stream().sorted().toList();
    }

    // ---- seeds ------------------------------------------------------------------------------

    @Test
    void licheng() throws Exception {
        // 本单位受理依申请公开信息0条，历年累计2条 / 已答复件数为0件、待答复件数为0件
        assertEquals(sorted("apply.new.total=0", "apply.total.total=0"), file("samples/seeds/licheng-tjj-2020.txt", 2020));
    }

    @Test
    void luoyang() throws Exception {
        // 全年接受社会公众提交的依申请公开 7 件，按时回复率 100%，无行政复议和诉讼发生
        assertEquals(sorted("apply.new.total=7", "review.total=0"), file("samples/seeds/luoyang-tjj-2020.txt", 2020));
    }

    @Test
    void pinghu() throws Exception {
        // 全年未收到政府信息公开申请件，没有发生因政府信息公开申请引发的行政复议、行政诉讼等情况
        assertEquals(sorted("apply.new.total=0", "review.total=0"), file("samples/seeds/pinghu-tjj-2021.txt", 2021));
    }

    @Test
    void lishuiStatesNoFigureOfTheTables() throws Exception {
        // 我局有2件行政规范性文件仍继续有效 (not a key of the 2019 template), 立案13件 (cases, not decisions)
        assertEquals(List.of(), file("samples/seeds/lishui-tjj-2020.txt", 2020));
    }

    @Test
    void yichunCountsConsultationsNotRequests() throws Exception {
        // 全年依申请公开平台总共受理12条信息咨询服务: the table has 12 requests too, but this counts consultations
        assertEquals(List.of(), file("samples/seeds/yichun-tjj-2020.txt", 2020));
    }

    // ---- real samples -----------------------------------------------------------------------

    @Test
    void shanghai2019() throws Exception {
        // 共受理政府信息公开申请859件，申请数量较去年回落12.3%；
        // 答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复）
        // 信息公开类行政复议7件，诉讼9件 (诉讼 is two keys: not read)
        assertEquals(sorted("apply.new.total=859", "apply.carried_in.total=18", "apply.total.total=805",
                "apply.carried_out.total=72", "review.total=7"), file("samples/real/上海市人民政府办公厅_2019.html", 2019));
    }

    @Test
    void shanghai2025() throws Exception {
        // 共受理政府信息公开申请 1295 件，办结 1191 件（含上年结转 189 件）; 其中，予以公开及部分公开 208 件 is not read
        assertEquals(sorted("apply.new.total=1295", "apply.carried_in.total=189", "apply.total.total=1191"),
                file("samples/real/上海市人民政府办公厅_2025.md", 2025));
    }

    @Test
    void shanghaiScience2024() throws Exception {
        // 有 1 件涉及政府信息公开工作的行政复议 / 全年收到政府信息公开申请 34 件，上年结转政府信息公开申请 2 件 /
        // 同意公开答复 9 件 (an outcome, not the total) … 转下一年度办理答复的有 1 件
        assertEquals(sorted("review.total=1", "apply.new.total=34", "apply.carried_in.total=2", "apply.carried_out.total=1"),
                file("samples/real/上海市科学技术委员会_2024.md", 2024));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // 未收到有关政府信息公开的申请，未收到有关政府信息公开行政复议申请
            "平潭县人民政府_2011.txt|2011|apply.new.total=0 review.total=0",
            // 共收到有关政府信息公开的申请21条，其中当面申请数18条 / 对依申请公开的答复总数21条，其中同意公开答复数17条
            "平潭县人民政府_2012.txt|2012|apply.new.total=21 apply.total.total=21 review.total=0",
            "平潭县人民政府_2013.txt|2013|apply.new.total=7 apply.total.total=3 review.total=0",
            // 收到1份有关政府信息公开行政复议申请 (份, the number before) is not read
            "平潭综合实验区_2013.txt|2013|apply.new.total=0",
            // 共受理申请136437件 under （三）全面加强主动公开工作: the service centre's windows, not information requests
            "平潭综合实验区_2015.txt|2015|apply.new.total=0 review.total=0",
            // 收到有关政府信息公开的信函申请1条: one channel only
            "平潭综合实验区管委会_2014.txt|2014|review.total=0",
            "平潭综合实验区_2020.txt|2020|apply.new.total=21",
            // 本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理 (under （二）依申请公开方面)
            "平潭综合实验区_2021.txt|2021|apply.new.total=70 apply.total.total=69 apply.carried_out.total=1",
            // 全区收到政府信息公开申请75件 / 共有行政诉讼案件1件、行政复议案件2件
            "平潭综合实验区_2022.txt|2022|apply.new.total=75 review.total=2",
            // 接收通过邮寄、网络提交的各类政府信息公开申请共计81件 / 办结依申请公开81件 / 行政复议案件2件、行政诉讼案件7件
            "平潭综合实验区_2023.txt|2023|apply.new.total=81 apply.total.total=81 review.total=2",
            // 全区共收到政府信息公开申请154件，共办结148件，结转至2026年6件 / 引发的行政复议36起
            "平潭综合实验区_2025.txt|2025|apply.new.total=154 apply.total.total=148 apply.carried_out.total=6 review.total=36",
            // 共受理政府信息公开申请 749 件，其中自然人申请 741 件 / 共办理 718 件 (办理: not read)，结转下一年 31 件
            "沭阳县人民政府_2025.txt|2025|apply.new.total=749 apply.carried_out.total=31",
            "淮安市人民政府_2024.pdf|2024|apply.new.total=3119 apply.carried_in.total=34 apply.total.total=3050 apply.carried_out.total=103 review.total=351",
            "淮安市洪泽区人民政府_2023.pdf|2023|apply.new.total=21",
            // 区政府办代表区政府受理政府信息公开申请 17 件
            "淮安市洪泽区人民政府_2024.pdf|2024|apply.new.total=17"})
    void realSample(String name, int year, String expected) throws Exception {
        assertEquals(sorted(expected.split(" ")), file("samples/real/" + name, year));
    }

    @Test
    void pingtan2024HandlesRequestsWithoutSayingWhichCount() throws Exception {
        // 全年办理政府信息公开申请218件: 办理 may be received or answered
        assertEquals(List.of(), file("samples/real/平潭综合实验区_2024.txt", 2024));
    }

    @Test
    void aReceivedCountThatIncludesTheYearBeforesIsNotTheNewCount() {
        assertEquals(List.of("apply.carried_in.total=3"), claims("全年共收到政府信息公开申请20件（含上年结转3件）。"));
    }

    @Test
    void aYearNamedMustBeTheNextOne() {
        assertEquals(List.of("apply.carried_out.total=6"), claims("结转至2026年6件。", "txt", 2025));
        assertEquals(List.of(), claims("结转至2026年6件。", "txt", 2024));
    }

    // ---- phrasings --------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "全年共收到政府信息公开申请18件。|apply.new.total=18",
            "全年共收到政府信息公开申请十八件。|apply.new.total=18",
            "全年共受理政府信息公开申请一百零五件。|apply.new.total=105",
            "本年度新收政府信息公开申请1,205件。|apply.new.total=1205",
            "全年共作出行政处罚决定12件。|penalty.decisions=12",
            "本机关政府信息公开行政复议案件共3件。|review.total=3",
            "全年未收到政府信息公开申请。|apply.new.total=0"})
    void readsAPhrasing(String sentence, String expected) {
        assertEquals(List.of(expected), claims(sentence));
    }

    /** Sentences whose figure could be another than the key's, or an estimate: never tied. */
    @ParameterizedTest
    @ValueSource(strings = {
            "政府信息公开申请同比增长18件。",
            "全年共收到政府信息公开申请较上年增加18件。",
            "其中，收到政府信息公开申请18件。",
            "历年累计收到政府信息公开申请222件。",
            "全年共收到政府信息公开申请18余件。",
            "全年共收到政府信息公开申请约18件。",
            "全年共收到政府信息公开申请三四件。",
            "全年共收到政府信息公开申请18件次。",
            "全年收到网上政府信息公开申请5件。",
            "全年收到自然人政府信息公开申请5件。",
            "全年办理政府信息公开申请18件。",
            "尚未受理政府信息公开申请3件。",
            "全年受理群众咨询申请18件。",
            "收到网民留言50件，答复50件。",
            "依申请公开中同意公开答复9件。",
            "行政处罚案件立案13件。",
            "公开行政处罚决定信息30条。",
            "政府信息公开行政复议、行政诉讼共5件。",
            "因政府信息公开引发的行政诉讼和行政复议案件共3件。",
            "行政复议7件。",
            "政府信息公开行政复议被纠错2件。",
            "未发生因政府信息公开引发的行政复议被纠错的情况。",
            "未经行政复议直接起诉的政府信息公开行政诉讼2件。",
            "第三件政府信息公开申请已答复。"})
    void doesNotTie(String sentence) {
        assertEquals(List.of(), claims(sentence), sentence);
    }

    @Test
    void quotesTheSentenceWithItsLineWrapsJoined() {
        var c = prose.read("政府信息公开行政复议 351\n件，其中结果维持 72件。", "pdf", 2024);
        assertEquals(1, c.size());
        assertEquals("政府信息公开行政复议 351件，其中结果维持 72件。", c.get(0).sentence());
    }

    @Test
    void quotesALongSentenceAroundItsFigure() {
        String sentence = "一".repeat(300) + "，全年共收到政府信息公开申请18件，" + "二".repeat(300) + "。";
        String quote = prose.read(sentence, "txt", 2020).get(0).sentence();
        assertTrue(quote.length() <= ProseFigures.MAX_QUOTE + 2, quote);
        assertTrue(quote.contains("收到政府信息公开申请18件") && quote.startsWith("…") && quote.endsWith("…"), quote);
    }

    @Test
    void aLineBreakEndsASentenceExceptInWrappedText() {
        assertEquals(List.of("一、总体情况\n", "全年共收到申请18件。"), ProseFigures.sentences("一、总体情况\n全年共收到申请18件。", false));
        assertEquals(List.of("行政复议 351\n件；", "其他"), ProseFigures.sentences("行政复议 351\n件；其他", true));
        assertEquals(List.of("标题\n", "\n正文"), ProseFigures.sentences("标题\n\n正文", true));
    }

    @Test
    void aWrapIsRemovedAndOtherSpaceKeptAsOne() {
        assertEquals("申请 351件，共 2 件", ProseFigures.joinLines("  申请 351\n 件，共  2 件\n"));
    }

    @Test
    void everyRuleIsTextAndAKey() {
        Map<String, Long> byRule = ProseFigures.rules().stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        assertTrue(byRule.values().stream().allMatch(n -> n == 1));
        for (String key : ProseFigures.KEYS) assertTrue(gongkai.report.FigureCatalog.standard().get(key).isPresent(), key);
    }
}
