package gongkai.index;

import java.io.IOException;

/**
 * Work over several reports that runs after the files of an indexing run are written: checks
 * or measures that compare a report with others (the year before, the nearest text), stored
 * on the report so that they can be searched and shown like its own checks.
 *
 * <p>{@link IndexRun} commits the run's files, opens a {@link ReportLookup} on the sink and
 * hands each pass the agencies the run touched. A pass reads the neighbours it needs through
 * the lookup and writes back, through the sink, only the reports whose derived values changed;
 * the run commits after the passes. A pass must be idempotent: run twice on the same index it
 * writes nothing the second time.
 */
public interface CorpusPass {

    /** A short name for messages, e.g. {@code cross-year checks}. */
    String name();

    /**
     * Recomputes what this pass derives for the reports near the touched agencies.
     *
     * @return how many reports were written back
     */
    long run(CorpusChange change, ReportLookup lookup, ReportSink sink) throws IOException;
}
