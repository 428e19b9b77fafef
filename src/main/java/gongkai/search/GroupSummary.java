package gongkai.search;

import gongkai.index.Schema;
import gongkai.report.FigureKey;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
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
import java.util.List;
import java.util.Map;

/**
 * A chart's numbers in one pass over the matches: per year or per province, the number of
 * matching reports and one figure's statistics, read from doc values. Groups are keyed by the
 * year itself or by the province's index-wide ordinal, so no group costs a search of its own.
 */
final class GroupSummary implements CollectorManager<GroupSummary.Counter, List<GroupStats>> {

    private final String by;
    private final FigureKey figure;
    private final int maxGroups;
    private final IndexReader reader;
    private final OrdinalMap provinces;
    private final Deadline deadline;

    /**
     * @param by        {@code year} or {@code province}
     * @param provinces the index-wide ordinals of the province field for {@code reader}
     */
    GroupSummary(String by, FigureKey figure, int maxGroups, IndexReader reader, OrdinalMap provinces, Deadline deadline) {
        if (!SearchEngine.CHART_DIMENSIONS.contains(by)) throw new IllegalArgumentException("no chart by " + by);
        this.by = by;
        this.figure = figure;
        this.maxGroups = maxGroups;
        this.reader = reader;
        this.provinces = provinces;
        this.deadline = deadline;
    }

    /** One group's tally: reports, and the figure over those that have it. */
    private static final class Tally {
        long reports;
        final FigureAccumulator figure = new FigureAccumulator();
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public List<GroupStats> reduce(Collection<Counter> counters) throws IOException {
        Map<Long, Tally> all = new HashMap<>();
        for (Counter c : counters) {
            c.groups.forEach((k, t) -> {
                Tally into = all.computeIfAbsent(k, x -> new Tally());
                into.reports += t.reports;
                into.figure.add(t.figure);
            });
        }
        List<GroupStats> groups = new ArrayList<>();
        for (Map.Entry<Long, Tally> e : all.entrySet()) {
            Tally t = e.getValue();
            groups.add(new GroupStats(name(e.getKey()), t.reports, t.figure.stats()));
        }
        groups.sort(by.equals(Schema.YEAR)
                ? Comparator.comparing(GroupStats::value)
                : Comparator.comparingLong(GroupStats::reports).reversed().thenComparing(GroupStats::value));
        return groups.size() > maxGroups ? List.copyOf(groups.subList(0, maxGroups)) : groups;
    }

    private String name(long key) throws IOException {
        if (by.equals(Schema.YEAR)) return Long.toString(key);
        int segment = provinces.getFirstSegmentNumber(key);
        SortedSetDocValues dv = DocValues.getSortedSet(reader.leaves().get(segment).reader(), Schema.PROVINCE);
        return dv.lookupOrd(provinces.getFirstSegmentOrd(key)).utf8ToString();
    }

    final class Counter implements Collector {
        final Map<Long, Tally> groups = new HashMap<>();
        long seen;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
            deadline.check(); // once per segment as well, for indexes of many small segments
            boolean byYear = by.equals(Schema.YEAR);
            SortedNumericDocValues years = byYear ? DocValues.getSortedNumeric(ctx.reader(), Schema.YEAR) : null;
            SortedSetDocValues province = byYear ? null : DocValues.getSortedSet(ctx.reader(), Schema.PROVINCE);
            LongValues toGlobal = byYear ? null : provinces.getGlobalOrds(ctx.ord);
            SortedNumericDocValues values = DocValues.getSortedNumeric(ctx.reader(), Schema.figureField(figure));
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    if ((++seen & (Deadline.CHECK_EVERY - 1)) == 0) deadline.check();
                    long key;
                    if (byYear) {
                        if (!years.advanceExact(doc)) return; // a report without a year has no bar
                        key = years.nextValue();
                    } else {
                        if (!province.advanceExact(doc)) return;
                        key = toGlobal.get(province.nextOrd());
                    }
                    Tally t = groups.computeIfAbsent(key, k -> new Tally());
                    t.reports++;
                    if (values.advanceExact(doc)) {
                        long raw = values.nextValue();
                        t.figure.add(figure.decimal()
                                ? BigDecimal.valueOf(NumericUtils.sortableLongToDouble(raw))
                                : BigDecimal.valueOf(raw));
                    }
                }
            };
        }
    }
}
