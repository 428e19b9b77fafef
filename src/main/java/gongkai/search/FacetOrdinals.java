package gongkai.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.packed.PackedInts;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Index-wide ordinals of the keyword facet fields, built once per point-in-time reader and
 * kept until the index changes. With them a search counts facet values as numbers across
 * all segments and turns only the values it lists back into text; before, every search
 * looked up and hashed the name of every agency in every segment.
 */
final class FacetOrdinals {

    /** The ordinal maps of one reader. */
    record Maps(IndexReader.CacheKey key, Map<String, OrdinalMap> byField) {
        OrdinalMap of(String field) {
            return byField.get(field);
        }
    }

    private final List<String> fields;
    private volatile Maps last;

    FacetOrdinals(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    /** The maps of this reader: the cached ones when the reader is the one they were built for. */
    Maps of(IndexReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        IndexReader.CacheKey key = helper == null ? null : helper.getKey();
        Maps cached = last;
        if (key != null && cached != null && cached.key() == key) return cached;
        Map<String, OrdinalMap> maps = new HashMap<>();
        List<LeafReaderContext> leaves = reader.leaves();
        for (String field : fields) {
            SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
            for (int i = 0; i < values.length; i++) values[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
            maps.put(field, OrdinalMap.build(key, values, PackedInts.DEFAULT));
        }
        Maps built = new Maps(key, Map.copyOf(maps));
        if (key != null) last = built;
        return built;
    }
}
