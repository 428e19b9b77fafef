package gongkai.web;

import gongkai.extract.ReportExtractor;
import gongkai.index.Analyzers;
import gongkai.index.ReportDocument;
import gongkai.ingest.Ingestor;
import gongkai.report.FigureCatalog;
import gongkai.report.Report;
import gongkai.report.ReportJson;
import gongkai.report.Template;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The reports the web tests serve: the seed and real sample reports read by the extractor, plus one hostile
 * report whose agency and text carry script and an image with an onerror handler.
 */
final class SampleReports {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    /** The hostile report's id: 16 hex digits, as every id. */
    static final String HOSTILE_ID = "0badc0de0badc0de";

    private SampleReports() {
    }

    static List<Report> load() throws Exception {
        ReportExtractor extractor = ReportExtractor.standard();
        Ingestor ingestor = new Ingestor();
        List<Report> reports = new ArrayList<>();
        for (String folder : List.of("samples/seeds", "samples/real")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path f : files.filter(f -> !f.getFileName().toString().endsWith(".tsv")).sorted().toList()) {
                    reports.add(extractor.extract(ingestor.read(f)));
                }
            }
        }
        reports.add(hostile());
        return reports;
    }

    /** A report built by hand, so that its agency is hostile whatever the metadata reader makes of it. */
    static Report hostile() {
        String agency = "测试局" + SCRIPT + IMG;
        String text = agency + "\n2020年政府信息公开工作年度报告\n一、总体情况\n本局公开了人口普查资料 " + SCRIPT + " 和 " + IMG + " 两段代码。";
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("penalty.decisions", new BigDecimal("7"));
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("overview", "本局公开了人口普查资料 " + SCRIPT + " 和 " + IMG + " 两段代码。");
        return new Report("samples/hostile.txt", "txt", HOSTILE_ID + "0".repeat(48), agency, 2020,
                "浙江省", "330000", "浙江省", "省级", null, null, Template.T2021,
                figures, List.of(), List.of(), List.of(), List.of("这是测试用的报告 " + SCRIPT), sections, text);
    }

    /** Writes the reports into a Lucene index of the project's schema. */
    static void index(List<Report> reports, Path dir) throws Exception {
        ReportDocument docs = new ReportDocument(FigureCatalog.standard(), new ReportJson());
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(Analyzers.perField()))) {
            for (Report r : reports) w.addDocument(docs.build(r));
            w.commit();
        }
    }
}
