package gongkai.opensearch;

import com.ibm.icu.text.Transliterator;
import gongkai.index.SimplifiedScript;
import gongkai.report.FigureKey;
import gongkai.report.Report;
import gongkai.search.SearchRequest;
import gongkai.search.SearchResponse;
import gongkai.search.TestIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the cluster, as on the embedded index: a quoted run of Chinese characters finds exactly
 * the reports whose text contains it (Ctrl-F), and every figure's range finds exactly the
 * reports whose value lies in it, a missing figure never.
 */
class ClusterRecallTest {

    static List<Report> reports;
    static String index;
    static OpenSearchEngine engine;

    @BeforeAll
    static void write() throws Exception {
        TestCluster.require();
        reports = TestIndex.samples();
        index = TestCluster.freshIndex("recall");
        TestCluster.write(index, reports);
        engine = OpenSearchEngine.connect(TestCluster.urls(), index, TestIndex.CATALOG);
    }

    @AfterAll
    static void close() throws IOException {
        if (engine != null) engine.close();
        if (index != null) TestCluster.delete(index);
    }

    /** Runs of 2 to 8 Chinese characters cut from the texts at random; the seed keeps the draw repeatable. */
    static List<String> hanRuns(int n) {
        Random random = new Random(20261204L);
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String text = reports.get(random.nextInt(reports.size())).text();
            int len = 2 + random.nextInt(7);
            if (text.length() <= len) continue;
            int at = random.nextInt(text.length() - len);
            String s = text.substring(at, at + len);
            if (s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) out.add(s);
        }
        return out;
    }

    static Set<String> scan(Predicate<Report> p) {
        Set<String> ids = new TreeSet<>();
        for (Report r : reports) if (p.test(r)) ids.add(r.id());
        return ids;
    }

    static Set<String> find(String query) throws IOException {
        Set<String> ids = new TreeSet<>();
        SearchResponse r = engine.search(new SearchRequest(query, 1, 100, "relevance", List.of()));
        r.hits().forEach(h -> ids.add(h.id()));
        assertEquals(r.total(), ids.size(), query);
        return ids;
    }

    @Test
    void quotedPhraseFindsExactlyTheReportsThatContainIt() throws IOException {
        for (String s : hanRuns(300)) assertEquals(scan(r -> SCRIPT.fold(r.text()).contains(SCRIPT.fold(s))), find("\"" + s + "\""), s);
    }

    @Test
    void quotedTraditionalPhraseFindsExactlyWhatItsSimplifiedPhraseFinds() throws IOException {
        for (String s : hanRuns(80)) {
            String t = TO_TRADITIONAL.transliterate(s);
            String folded = SCRIPT.fold(t);
            assertEquals(scan(r -> SCRIPT.fold(r.text()).contains(folded)), find("\"" + t + "\""), t);
            if (folded.equals(SCRIPT.fold(s))) assertEquals(find("\"" + s + "\""), find("\"" + t + "\""), s + " / " + t);
        }
    }

    static final SimplifiedScript SCRIPT = SimplifiedScript.icu();
    static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

    @Test
    void unquotedWordFindsAtLeastTheReportsThatContainIt() throws IOException {
        for (String s : hanRuns(100)) {
            Set<String> found = find(s);
            assertTrue(found.containsAll(scan(r -> r.text().contains(s))), s);
        }
    }

    @Test
    void aPhraseDoesNotMatchAcrossPunctuation() throws IOException {
        // Every seed has 一、总体情况: the characters either side of 、 are not side by side.
        assertTrue(find("\"一、总体情况\"").size() >= 5);
        assertEquals(Set.of(), find("\"一总体\""));
    }

    @Test
    void everyFigureRangeFindsExactlyTheReportsInItAtItsBounds() throws IOException {
        int checked = 0;
        for (FigureKey key : TestIndex.CATALOG.all()) {
            TreeSet<BigDecimal> values = new TreeSet<>();
            for (Report r : reports) if (r.figures().get(key.key()) != null) values.add(r.figures().get(key.key()));
            if (values.isEmpty()) continue;
            BigDecimal low = values.first(), high = values.last();
            String k = key.key();
            assertEquals(scan(r -> has(r, k, v -> v.compareTo(low) >= 0)), find(k + ":>=" + low.toPlainString()), k + " >= " + low);
            assertEquals(scan(r -> has(r, k, v -> v.compareTo(high) <= 0)), find(k + ":<=" + high.toPlainString()), k + " <= " + high);
            assertEquals(scan(r -> has(r, k, v -> v.compareTo(high) > 0)), find(k + ":>" + high.toPlainString()), k + " > " + high);
            assertEquals(scan(r -> has(r, k, v -> v.compareTo(low) == 0)), find(k + ":" + low.toPlainString()), k + " = " + low);
            checked++;
        }
        assertTrue(checked > 100, "figure keys with a value in the samples: " + checked);
    }

    private static boolean has(Report r, String key, Predicate<BigDecimal> p) {
        BigDecimal v = r.figures().get(key);
        return v != null && p.test(v);
    }
}
