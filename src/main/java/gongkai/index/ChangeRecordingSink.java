package gongkai.index;

import gongkai.report.Report;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sink that writes through to another and notes the agency of every report written or
 * removed, for the {@link CorpusPass}es of the run. The agency of a removed or replaced report
 * comes from what the sink held when the run began: a run removes or replaces only those.
 */
final class ChangeRecordingSink implements ReportSink {

    private final ReportSink sink;
    private final Map<String, String> agencyBefore;
    private final Set<String> touched = ConcurrentHashMap.newKeySet();

    /** @param agencyBefore each held source's agency id when the run began */
    ChangeRecordingSink(ReportSink sink, Map<String, String> agencyBefore) {
        this.sink = sink;
        this.agencyBefore = agencyBefore;
    }

    CorpusChange change() {
        return CorpusChange.of(touched);
    }

    private void touch(String source, Report report) {
        String before = agencyBefore.get(source);
        if (before != null) touched.add(before);
        if (report != null && report.agencyId() != null) touched.add(report.agencyId());
    }

    @Override
    public void upsert(Report report) throws IOException {
        sink.upsert(report);
        touch(report.source(), report);
    }

    @Override
    public void add(Report report) throws IOException {
        sink.add(report);
        touch(report.source(), report);
    }

    @Override
    public void delete(String source) throws IOException {
        sink.delete(source);
        touch(source, null);
    }

    @Override
    public void commit() throws IOException {
        sink.commit();
    }

    @Override
    public Map<String, String> indexedSources() throws IOException {
        return sink.indexedSources();
    }

    @Override
    public long numDocs() throws IOException {
        return sink.numDocs();
    }

    @Override
    public String where() {
        return sink.where();
    }

    @Override
    public Throwable brokenBy() {
        return sink.brokenBy();
    }

    @Override
    public long committedDocs() throws IOException {
        return sink.committedDocs();
    }

    @Override
    public void rollback() throws IOException {
        sink.rollback();
    }

    @Override
    public ReportLookup lookup() throws IOException {
        return sink.lookup();
    }

    /** The run closes the sink it opened, not this view of it. */
    @Override
    public void close() {
    }
}
