package gongkai.index;

import gongkai.extract.ReportExtractor;
import gongkai.ingest.IngestException;
import gongkai.ingest.IngestOptions;
import gongkai.ingest.Ingestor;
import gongkai.report.Report;

import java.nio.file.Path;

/** Reads one file into a {@link Report}: ingest, then extract. One per worker thread. */
@FunctionalInterface
public interface ReportReader {

    /** @throws NotAReportException the file has none of a report's marks ({@link gongkai.extract.ReportMarks}) */
    Report read(Path file) throws IngestException, NotAReportException;

    /** The standard pipeline with default limits; files that are not reports are refused. */
    static ReportReader standard() {
        return standard(IngestOptions.defaults(), false);
    }

    /**
     * {@link Ingestor} then {@link ReportExtractor#standard()}.
     *
     * @param includeNonReports keep files with none of a report's marks instead of refusing them
     */
    static ReportReader standard(IngestOptions options, boolean includeNonReports) {
        return standard(new Ingestor(options), includeNonReports);
    }

    /** The same with a reader of files shared by several workers ({@link Ingestor} is thread-safe). */
    static ReportReader standard(Ingestor ingestor, boolean includeNonReports) {
        ReportExtractor extractor = ReportExtractor.standard();
        return file -> {
            ReportExtractor.Extraction read = extractor.read(ingestor.read(file));
            if (!includeNonReports && !read.marks().any()) throw new NotAReportException(read.marks().reason());
            return read.report();
        };
    }
}
