package gongkai.index;

import gongkai.extract.ReportExtractor;
import gongkai.ingest.IngestException;
import gongkai.ingest.Ingestor;
import gongkai.report.Report;

import java.nio.file.Path;

/** Reads one file into a {@link Report}: ingest, then extract. One per worker thread. */
@FunctionalInterface
public interface ReportReader {

    Report read(Path file) throws IngestException;

    /** The standard pipeline: {@link Ingestor} then {@link ReportExtractor#standard()}. */
    static ReportReader standard() {
        Ingestor ingestor = new Ingestor();
        ReportExtractor extractor = ReportExtractor.standard();
        return file -> extractor.extract(ingestor.read(file));
    }
}
