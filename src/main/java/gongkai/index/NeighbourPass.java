package gongkai.index;

import java.io.IOException;
import java.util.SortedSet;

/**
 * A value derived from reports of other agencies (the nearest text of the year,
 * {@code copy.nearest}): unlike a {@link CorpusPass} it cannot be worked out from a report and
 * its year before while the report is written, since its neighbours may come later in the run
 * or lie anywhere in the index. {@link IndexRun} runs it once after the run's files are
 * committed, over a view of what the index then holds, with the agencies the run touched.
 *
 * <p>A pass writes back, through the sink, only the reports whose value changed, so a report
 * without neighbours is written once, by the run. Run again on the same index with nothing
 * touched, it writes nothing.
 */
public interface NeighbourPass {

    /** A short name for messages, e.g. {@code nearest copies}. */
    String name();

    /**
     * @param touched the agency of every report the run added, changed or removed
     * @return how many reports were written back
     */
    long run(SortedSet<String> touched, ReportLookup lookup, ReportSink sink) throws IOException;
}
