package gongkai.index;

import gongkai.report.Report;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/**
 * A sink that passes every call on to another sink: the base of a sink that changes or
 * watches some of the calls (the run's {@link PassSink}, which gives reports their pass values
 * before they are written) and leaves the rest to the sink it wraps. {@link #add} goes on as
 * {@code add}, not as {@code upsert}, so the wrapped sink keeps its cheaper path for new files.
 * {@link #close} closes the wrapped sink; a subclass that does not own it overrides it.
 */
public abstract class ForwardingReportSink implements ReportSink {

    private final ReportSink sink;

    protected ForwardingReportSink(ReportSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** The sink the calls go on to. */
    protected final ReportSink forwardedTo() {
        return sink;
    }

    @Override
    public void upsert(Report report) throws IOException {
        sink.upsert(report);
    }

    @Override
    public void add(Report report) throws IOException {
        sink.add(report);
    }

    @Override
    public void delete(String source) throws IOException {
        sink.delete(source);
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

    @Override
    public void close() throws IOException {
        sink.close();
    }
}
