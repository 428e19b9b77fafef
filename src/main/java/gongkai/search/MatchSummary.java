package gongkai.search;

import gongkai.index.Schema;
import gongkai.report.FigureKey;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.NumericUtils;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts over every match, in one pass beside the top hits: the total, the facet counts
 * (year, province, level, agency, check, ocr) and the statistics of the requested figures, all read
 * from doc values. One collector per search thread; {@link #reduce} adds them up.
 */
final class MatchSummary implements CollectorManager<MatchSummary.Counter, MatchSummary.Result> {

    /** The dimensions counted, in the order the response lists them. */
    static final List<String> DIMENSIONS = List.of(Schema.YEAR, Schema.PROVINCE, Schema.LEVEL, Schema.AGENCY, Schema.AGENCY_ID,
            Schema.CHECK, Schema.OCR);
    private static final List<String> KEYWORD_DIMENSIONS = List.of(Schema.PROVINCE, Schema.LEVEL, Schema.AGENCY, Schema.AGENCY_ID,
            Schema.CHECK, Schema.OCR);

    record Result(long total, Map<String, List<FacetValue>> facets, Map<String, FigureStats> stats) {
    }

    private final List<FigureKey> statKeys;
    private final int facetLimit;
    private final IndexReader reader;
    private final FacetOrdinals.Maps ordinals;
    private final Deadline deadline;

    /**
     * @param facetLimit most values listed per dimension (year lists all)
     * @param reader     the reader searched
     * @param ordinals   the index-wide ordinals of {@link #KEYWORD_DIMENSIONS} for that reader
     * @param deadline   when counting gives up
     */
    MatchSummary(List<FigureKey> statKeys, int facetLimit, IndexReader reader, FacetOrdinals.Maps ordinals,
                 Deadline deadline) {
        this.statKeys = statKeys;
        this.facetLimit = facetLimit;
        this.reader = reader;
        this.ordinals = ordinals;
        this.deadline = deadline;
    }

    /** The keyword dimensions, for building their {@link FacetOrdinals}. */
    static List<String> keywordDimensions() {
        return KEYWORD_DIMENSIONS;
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Result reduce(Collection<Counter> counters) throws IOException {
        long total = 0;
        Map<String, Long> years = new HashMap<>();
        long[][] keywordCounts = new long[KEYWORD_DIMENSIONS.size()][];
        Map<String, FigureAccumulator> acc = new LinkedHashMap<>();
        for (FigureKey k : statKeys) acc.put(k.key(), new FigureAccumulator());
        for (Counter c : counters) {
            total += c.total;
            c.yearTotals.forEach((v, n) -> years.merge(Long.toString(v), n, Long::sum));
            for (int d = 0; d < keywordCounts.length; d++) {
                if (keywordCounts[d] == null) keywordCounts[d] = c.keywordCounts[d];
                else for (int g = 0; g < keywordCounts[d].length; g++) keywordCounts[d][g] += c.keywordCounts[d][g];
            }
            c.acc.forEach((key, a) -> acc.get(key).add(a));
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        List<FacetValue> yearValues = new ArrayList<>();
        years.forEach((v, n) -> yearValues.add(new FacetValue(v, n)));
        yearValues.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
        facets.put(Schema.YEAR, yearValues);
        for (int d = 0; d < KEYWORD_DIMENSIONS.size(); d++) {
            String dim = KEYWORD_DIMENSIONS.get(d);
            facets.put(dim, top(dim, keywordCounts[d] == null ? new long[0] : keywordCounts[d]));
        }
        Map<String, List<FacetValue>> ordered = new LinkedHashMap<>();
        for (String dim : DIMENSIONS) ordered.put(dim, facets.get(dim));
        Map<String, FigureStats> stats = new LinkedHashMap<>();
        acc.forEach((key, a) -> stats.put(key, a.stats()));
        return new Result(total, ordered, stats);
    }

    /**
     * The most frequent values, ties in value order. Index-wide ordinals follow the values'
     * byte order, which for the text of these fields (no characters beyond the BMP) is their
     * string order, so ties are broken by ordinal and only the listed values are looked up.
     */
    private List<FacetValue> top(String dim, long[] counts) throws IOException {
        int n = 0;
        for (long c : counts) if (c > 0) n++;
        long[] keys = new long[n];
        int i = 0;
        for (int g = 0; g < counts.length; g++) {
            // count in the high half, the ordinal reversed in the low half: one sort orders both
            if (counts[g] > 0) keys[i++] = (counts[g] << 32) | (0xFFFFFFFFL - g);
        }
        java.util.Arrays.sort(keys);
        List<FacetValue> out = new ArrayList<>();
        OrdinalMap map = ordinals.of(dim);
        for (int k = keys.length - 1; k >= 0 && out.size() < facetLimit; k--) {
            long global = 0xFFFFFFFFL - (keys[k] & 0xFFFFFFFFL);
            int segment = map.getFirstSegmentNumber(global);
            SortedSetDocValues dv = DocValues.getSortedSet(reader.leaves().get(segment).reader(), dim);
            out.add(new FacetValue(dv.lookupOrd(map.getFirstSegmentOrd(global)).utf8ToString(), keys[k] >>> 32));
        }
        return out;
    }

    final class Counter implements Collector {
        long total;
        final Map<Long, Long> yearTotals = new HashMap<>();
        /** Per keyword dimension, the count of each index-wide ordinal. */
        final long[][] keywordCounts = new long[KEYWORD_DIMENSIONS.size()][];
        final Map<String, FigureAccumulator> acc = new HashMap<>();

        Counter() {
            for (FigureKey k : statKeys) acc.put(k.key(), new FigureAccumulator());
            for (int d = 0; d < keywordCounts.length; d++) {
                keywordCounts[d] = new long[Math.toIntExact(ordinals.of(KEYWORD_DIMENSIONS.get(d)).getValueCount())];
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
            deadline.check(); // once per segment as well, for indexes of many small segments
            SortedNumericDocValues years = DocValues.getSortedNumeric(ctx.reader(), Schema.YEAR);
            // Counts by year in an array (a report's year is in the last few centuries); a map only for the odd one out.
            long[] yearCounts = new long[YEAR_SPAN];
            Map<Long, Long> otherYears = new HashMap<>();
            List<SortedSetDocValues> keywords = new ArrayList<>();
            List<long[]> ordCounts = new ArrayList<>();
            for (String dim : KEYWORD_DIMENSIONS) {
                SortedSetDocValues dv = DocValues.getSortedSet(ctx.reader(), dim);
                keywords.add(dv);
                ordCounts.add(new long[(int) Math.min(dv.getValueCount(), Integer.MAX_VALUE - 8)]);
            }
            List<SortedNumericDocValues> figures = new ArrayList<>();
            List<FigureAccumulator> accs = new ArrayList<>();
            for (FigureKey k : statKeys) {
                figures.add(DocValues.getSortedNumeric(ctx.reader(), Schema.figureField(k)));
                accs.add(acc.get(k.key()));
            }
            WholeSums sums = new WholeSums(statKeys.size());

            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    if ((++total & (Deadline.CHECK_EVERY - 1)) == 0) deadline.check();
                    if (years.advanceExact(doc)) {
                        long year = years.nextValue();
                        if (year >= FIRST_YEAR && year < FIRST_YEAR + YEAR_SPAN) yearCounts[(int) (year - FIRST_YEAR)]++;
                        else otherYears.merge(year, 1L, Long::sum);
                    }
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
                            long raw = dv.nextValue();
                            if (statKeys.get(f).decimal()) accs.get(f).add(BigDecimal.valueOf(NumericUtils.sortableLongToDouble(raw)));
                            else if (!sums.add(f, raw)) accs.get(f).add(BigDecimal.valueOf(raw));
                        }
                    }
                }

                @Override
                public void finish() {
                    for (int y = 0; y < YEAR_SPAN; y++) {
                        if (yearCounts[y] > 0) yearTotals.merge(FIRST_YEAR + y, yearCounts[y], Long::sum);
                    }
                    otherYears.forEach((v, n) -> yearTotals.merge(v, n, Long::sum));
                    for (int f = 0; f < accs.size(); f++) sums.addTo(f, accs.get(f));
                    for (int d = 0; d < keywords.size(); d++) {
                        long[] c = ordCounts.get(d);
                        LongValues toGlobal = ordinals.of(KEYWORD_DIMENSIONS.get(d)).getGlobalOrds(ctx.ord);
                        long[] global = keywordCounts[d];
                        for (int ord = 0; ord < c.length; ord++) {
                            if (c[ord] > 0) global[(int) toGlobal.get(ord)] += c[ord];
                        }
                    }
                }
            };
        }
    }

    /** Years counted in an array: from this year on, for this many years. */
    private static final long FIRST_YEAR = 1900;
    private static final int YEAR_SPAN = 300;

    /**
     * Count, sum, min and max of whole-number figures in longs, folded into their {@link FigureAccumulator}
     * once per segment: a BigDecimal per value was most of the time of statistics over
     * 100,000 reports. A value whose sum would overflow a long goes to the accumulator directly.
     */
    private static final class WholeSums {
        final long[] count;
        final long[] sum;
        final long[] min;
        final long[] max;

        WholeSums(int n) {
            count = new long[n];
            sum = new long[n];
            min = new long[n];
            max = new long[n];
        }

        /** False when the sum would overflow; the caller then adds the value exactly. */
        boolean add(int f, long v) {
            long s = sum[f] + v;
            if (((sum[f] ^ s) & (v ^ s)) < 0) return false;
            sum[f] = s;
            if (count[f] == 0 || v < min[f]) min[f] = v;
            if (count[f] == 0 || v > max[f]) max[f] = v;
            count[f]++;
            return true;
        }

        void addTo(int f, FigureAccumulator a) {
            if (count[f] == 0) return;
            a.add(count[f], BigDecimal.valueOf(sum[f]), BigDecimal.valueOf(min[f]), BigDecimal.valueOf(max[f]));
        }
    }
}
