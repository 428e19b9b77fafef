package gongkai.search;

import gongkai.extract.ReportExtractor;
import gongkai.ingest.Ingestor;
import gongkai.ingest.SourceText;
import gongkai.report.Report;

import java.nio.file.Path;
import java.util.List;

/**
 * A prose-table contradiction planted in the 平湖 seed, whose prose says it received no request
 * (全年未收到政府信息公开申请件) as its table does: the planted copy says it received 5.
 */
public final class PlantedProse {

    public static final String AGREES = "全年未收到政府信息公开申请件";
    public static final String PLANTED = "全年共收到政府信息公开申请5件";

    private PlantedProse() {
    }

    /** The seed as read, and the planted copy. */
    public static List<Report> reports() throws Exception {
        ReportExtractor extractor = ReportExtractor.standard();
        SourceText seed = new Ingestor().read(Path.of("samples/seeds/pinghu-tjj-2021.txt"));
        if (!seed.text().contains(AGREES)) throw new IllegalStateException("the seed no longer says " + AGREES);
        SourceText changed = new SourceText("planted.txt", "txt", "f".repeat(64), seed.text().replace(AGREES, PLANTED));
        return List.of(extractor.extract(seed), extractor.extract(changed));
    }
}
