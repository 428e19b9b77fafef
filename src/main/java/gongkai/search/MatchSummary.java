package gongkai.search;

import gongkai.index.Schema;
import gongkai.report.FigureKey;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.NumericUtils;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts over every match, in one pass beside the top hits: the total, the facet counts
 * (year, province, level, agency, check) and the statistics of the requested figures, all read
 * from doc values. One collector per search thread; {@link #reduce} adds them up.
 */
final class MatchSummary implements CollectorManager<MatchSummary.Counter, MatchSummary.Result> {

    /** The dimensions counted, in the order the response lists them. */
    static final List<String> DIMENSIONS = List.of(Schema.YEAR, Schema.PROVINCE, Schema.LEVEL, Schema.AGENCY, Schema.CHECK);
    private static final List<String> KEYWORD_DIMENSIONS = List.of(Schema.PROVINCE, Schema.LEVEL, Schema.AGENCY, Schema.CHECK);

    record Result(long total, Map<String, List<FacetValue>> facets, Map<String, FigureStats> stats) {
    }

    private final List<FigureKey> statKeys;
    private final int facetLimit;

    /** @param facetLimit most values listed per dimension (year lists all) */
    MatchSummary(List<FigureKey> statKeys, int facetLimit) {
        this.statKeys = statKeys;
        this.facetLimit = facetLimit;
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Result reduce(Collection<Counter> counters) {
        long total = 0;
        Map<String, Map<String, Long>> counts = new HashMap<>();
        Map<String, Acc> acc = new LinkedHashMap<>();
        for (FigureKey k : statKeys) acc.put(k.key(), new Acc());
        for (Counter c : counters) {
            total += c.total;
            c.counts.forEach((dim, m) -> m.forEach((v, n) -> counts.computeIfAbsent(dim, d -> new HashMap<>()).merge(v, n, Long::sum)));
            c.acc.forEach((key, a) -> acc.get(key).add(a));
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String dim : DIMENSIONS) {
            List<FacetValue> values = new ArrayList<>();
            counts.getOrDefault(dim, Map.of()).forEach((v, n) -> values.add(new FacetValue(v, n)));
            values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
            facets.put(dim, dim.equals(Schema.YEAR) ? values : values.subList(0, Math.min(facetLimit, values.size())));
        }
        Map<String, FigureStats> stats = new LinkedHashMap<>();
        acc.forEach((key, a) -> stats.put(key, a.stats()));
        return new Result(total, facets, stats);
    }

    /** Sum, min and max of one figure, exact: counts as longs, amounts as BigDecimal of their double. */
    private static final class Acc {
        long count;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal min;
        BigDecimal max;

        void add(BigDecimal v) {
            count++;
            sum = sum.add(v);
            if (min == null || v.compareTo(min) < 0) min = v;
            if (max == null || v.compareTo(max) > 0) max = v;
        }

        void add(Acc o) {
            count += o.count;
            sum = sum.add(o.sum);
            if (o.min != null && (min == null || o.min.compareTo(min) < 0)) min = o.min;
            if (o.max != null && (max == null || o.max.compareTo(max) > 0)) max = o.max;
        }

        FigureStats stats() {
            if (count == 0) return new FigureStats(0, null, null, null, null);
            BigDecimal mean = sum.divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_UP);
            return new FigureStats(count, plain(sum), plain(min), plain(max), plain(mean));
        }

        private static BigDecimal plain(BigDecimal v) {
            BigDecimal s = v.stripTrailingZeros();
            return s.scale() < 0 ? s.setScale(0) : s;
        }
    }

    final class Counter implements Collector {
        long total;
        final Map<String, Map<String, Long>> counts = new HashMap<>();
        final Map<String, Acc> acc = new HashMap<>();

        Counter() {
            for (FigureKey k : statKeys) acc.put(k.key(), new Acc());
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
            SortedNumericDocValues years = DocValues.getSortedNumeric(ctx.reader(), Schema.YEAR);
            Map<Long, Long> yearCounts = new HashMap<>();
            List<SortedSetDocValues> keywords = new ArrayList<>();
            List<long[]> ordCounts = new ArrayList<>();
            for (String dim : KEYWORD_DIMENSIONS) {
                SortedSetDocValues dv = DocValues.getSortedSet(ctx.reader(), dim);
                keywords.add(dv);
                ordCounts.add(new long[(int) Math.min(dv.getValueCount(), Integer.MAX_VALUE - 8)]);
            }
            List<SortedNumericDocValues> figures = new ArrayList<>();
            for (FigureKey k : statKeys) figures.add(DocValues.getSortedNumeric(ctx.reader(), Schema.figureField(k)));

            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    if (years.advanceExact(doc)) yearCounts.merge(years.nextValue(), 1L, Long::sum);
                    for (int d = 0; d < keywords.size(); d++) {
                        SortedSetDocValues dv = keywords.get(d);
                        if (dv.advanceExact(doc)) {
                            long[] c = ordCounts.get(d);
                            for (int n = 0; n < dv.docValueCount(); n++) c[(int) dv.nextOrd()]++;
                        }
                    }
                    for (int f = 0; f < figures.size(); f++) {
                        SortedNumericDocValues dv = figures.get(f);
                        if (dv.advanceExact(doc)) {
                            FigureKey key = statKeys.get(f);
                            long raw = dv.nextValue();
                            BigDecimal v = key.decimal()
                                    ? BigDecimal.valueOf(NumericUtils.sortableLongToDouble(raw))
                                    : BigDecimal.valueOf(raw);
                            acc.get(key.key()).add(v);
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    Map<String, Long> y = counts.computeIfAbsent(Schema.YEAR, d -> new HashMap<>());
                    yearCounts.forEach((v, n) -> y.merge(Long.toString(v), n, Long::sum));
                    for (int d = 0; d < keywords.size(); d++) {
                        long[] c = ordCounts.get(d);
                        Map<String, Long> m = counts.computeIfAbsent(KEYWORD_DIMENSIONS.get(d), x -> new HashMap<>());
                        for (int ord = 0; ord < c.length; ord++) {
                            if (c[ord] > 0) m.merge(keywords.get(d).lookupOrd(ord).utf8ToString(), c[ord], Long::sum);
                        }
                    }
                }
            };
        }
    }
}
