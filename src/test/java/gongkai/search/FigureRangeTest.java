package gongkai.search;

import gongkai.report.FigureKey;
import gongkai.report.Report;
import gongkai.report.Template;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Ranges on every figure agree with the reports' own values, boundaries as written, and a
 * report without the figure never matches. The corpus is the samples as the extractor reads
 * them plus generated reports that give every figure of the catalog a few values (and leave
 * it out of others), so that every key is exercised whatever the extractor reads today.
 */
class FigureRangeTest {

    @TempDir
    static Path dir;
    static List<Report> reports = new ArrayList<>();
    static TestIndex.Opened index;

    @BeforeAll
    static void index() throws Exception {
        reports.addAll(TestIndex.samples());
        Random random = new Random(7);
        for (int i = 0; i < 12; i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (FigureKey k : TestIndex.CATALOG.all()) {
                if (random.nextInt(4) == 0) continue; // missing in about a quarter of the reports
                values.put(k.key(), k.decimal()
                        ? BigDecimal.valueOf(random.nextInt(2000), 2)   // 0.00 .. 19.99
                        : BigDecimal.valueOf(random.nextInt(8)));        // small counts: many ties at the boundaries
            }
            Object[] kv = values.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
            reports.add(TestIndex.report("gen" + i, "生成局" + i, 2020, null, null, Template.T2021,
                    TestIndex.figures(kv), List.of(), "生成的报告。"));
        }
        index = TestIndex.open(dir, reports);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static Set<String> find(String query) throws IOException {
        return index.ids(query);
    }

    static Set<String> scan(String key, Predicate<BigDecimal> p) {
        Set<String> ids = new TreeSet<>();
        for (Report r : reports) {
            BigDecimal v = r.figures().get(key);
            if (v != null && p.test(v)) ids.add(r.id());
        }
        return ids;
    }

    @Test
    void everyFigureRangeAgreesWithTheReportsValues() throws IOException {
        int keys = 0;
        for (FigureKey k : TestIndex.CATALOG.all()) {
            String key = k.key();
            Set<BigDecimal> values = new TreeSet<>();
            for (Report r : reports) if (r.figures().containsKey(key)) values.add(r.figures().get(key));
            if (values.isEmpty()) continue;
            keys++;
            List<BigDecimal> list = new ArrayList<>(values);
            BigDecimal lo = list.get(0), hi = list.get(list.size() - 1), mid = list.get(list.size() / 2);
            for (BigDecimal v : List.of(lo, mid, hi)) {
                String s = v.toPlainString();
                assertEquals(scan(key, x -> x.compareTo(v) >= 0), find(key + ":>=" + s), key + ">=" + s);
                assertEquals(scan(key, x -> x.compareTo(v) > 0), find(key + ":>" + s), key + ">" + s);
                assertEquals(scan(key, x -> x.compareTo(v) <= 0), find(key + ":<=" + s), key + "<=" + s);
                assertEquals(scan(key, x -> x.compareTo(v) < 0), find(key + ":<" + s), key + "<" + s);
                assertEquals(scan(key, x -> x.compareTo(v) == 0), find(key + ":" + s), key + "=" + s);
            }
            String a = lo.toPlainString(), b = mid.toPlainString();
            assertEquals(scan(key, x -> x.compareTo(lo) >= 0 && x.compareTo(mid) <= 0), find(key + ":[" + a + " TO " + b + "]"));
            assertEquals(scan(key, x -> x.compareTo(lo) > 0 && x.compareTo(mid) < 0), find(key + ":{" + a + " TO " + b + "}"));
            assertEquals(scan(key, x -> x.compareTo(lo) >= 0 && x.compareTo(mid) < 0), find(key + ":[" + a + " TO " + b + "}"));
            assertEquals(scan(key, x -> x.compareTo(lo) > 0 && x.compareTo(mid) <= 0), find(key + ":{" + a + " TO " + b + "]"));
            assertEquals(scan(key, x -> true), find(key + ":[* TO *]"), key + " present");
        }
        assertEquals(TestIndex.CATALOG.all().size(), keys, "every catalog key has values in the corpus");
    }

    @Test
    void aMissingFigureNeverMatchesEvenAnOpenRange() throws IOException {
        Report without = reports.stream().filter(r -> !r.figures().containsKey("penalty.decisions")).findFirst().orElseThrow();
        assertFalse(find("penalty.decisions:[* TO *]").contains(without.id()));
        assertFalse(find("penalty.decisions:<=0").contains(without.id()));
    }
}
