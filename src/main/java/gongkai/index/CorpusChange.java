package gongkai.index;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an indexing run changed, as a {@link CorpusPass} sees it: the agency ids of every report
 * it added, changed or removed (both the old and the new agency of a changed report).
 *
 * @param agencies the touched agency ids, sorted
 */
public record CorpusChange(SortedSet<String> agencies) {

    public CorpusChange {
        agencies = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(agencies));
    }

    public static CorpusChange of(Set<String> agencies) {
        return new CorpusChange(new TreeSet<>(agencies));
    }

    public boolean isEmpty() {
        return agencies.isEmpty();
    }
}
