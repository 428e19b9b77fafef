package gongkai.search;

import gongkai.extract.ReportExtractor;
import gongkai.index.Analyzers;
import gongkai.index.ReportDocument;
import gongkai.ingest.Ingestor;
import gongkai.report.Check;
import gongkai.report.FigureCatalog;
import gongkai.report.Report;
import gongkai.report.ReportJson;
import gongkai.report.Template;
import gongkai.index.Schema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Tiny indexes for the search tests, written straight through {@link ReportDocument}. */
public final class TestIndex {

    public static final FigureCatalog CATALOG = FigureCatalog.standard();

    private TestIndex() {
    }

    /** Writes the reports into a new index in {@code dir} and returns it, open. */
    public static Directory write(Path dir, List<Report> reports) throws IOException {
        Directory d = FSDirectory.open(dir);
        add(d, reports);
        return d;
    }

    /** Writes the reports into a new index in {@code dir} and closes it, for a command that opens it itself. */
    public static void writeClosed(Path dir, List<Report> reports) throws IOException {
        try (Directory d = write(dir, reports)) {
            // written; the command under test opens it
        }
    }

    /**
     * A test index, written and open for searching with the query language. One per test
     * class: open it in {@code @BeforeAll}, close it in {@code @AfterAll}.
     */
    public record Opened(Directory directory, DirectoryReader reader, IndexSearcher searcher, QueryLanguage language)
            implements AutoCloseable {

        /** The ids of every report the query finds. */
        public Set<String> ids(String query) throws IOException {
            Set<String> ids = new TreeSet<>();
            for (ScoreDoc sd : searcher.search(new LuceneQueries(language.analysis()).translate(language.parse(query), reader.numDocs()), 10_000).scoreDocs) {
                ids.add(searcher.storedFields().document(sd.doc).get(Schema.ID));
            }
            return ids;
        }

        @Override
        public void close() throws IOException {
            reader.close();
            directory.close();
        }
    }

    /** Writes the reports into a new index in {@code dir} and opens it for searching. */
    public static Opened open(Path dir, List<Report> reports) throws IOException {
        Directory d = write(dir, reports);
        DirectoryReader reader = DirectoryReader.open(d);
        return new Opened(d, reader, new IndexSearcher(reader), new QueryLanguage(CATALOG));
    }

    public static void add(Directory d, List<Report> reports) throws IOException {
        ReportDocument docs = new ReportDocument(CATALOG, new ReportJson());
        try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Analyzers.perField()))) {
            for (Report r : reports) w.addDocument(docs.build(r));
            w.commit();
        }
    }

    /** A report with the given metadata; {@code id} becomes the start of its content hash. */
    public static Report report(String id, String agency, Integer year, String province, String level, Template template,
                         Map<String, BigDecimal> figures, List<Check> checks, String text) {
        return new Report(id + ".txt", "txt", id + "0".repeat(Math.max(0, 64 - id.length())), agency, year,
                null, null, province, level, null, null, template, new LinkedHashMap<>(figures),
                List.of(), List.of(), checks, List.of(), Map.of(), text);
    }

    public static Report withRegion(Report r, String region, String code, String docNo) {
        return new Report(r.source(), r.format(), r.contentHash(), r.agency(), r.year(), region, code, r.province(),
                r.level(), docNo, r.published(), r.template(), r.figures(), r.missing(), r.inferred(), r.checks(),
                r.warnings(), r.sections(), r.text());
    }

    public static Check check(String rule, boolean ok) {
        return new Check(rule, ok, BigDecimal.ONE, ok ? BigDecimal.ONE : BigDecimal.TWO, Map.of());
    }

    public static Map<String, BigDecimal> figures(Object... keyValues) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) m.put((String) keyValues[i], new BigDecimal(keyValues[i + 1].toString()));
        return m;
    }

    /**
     * A short report printed in traditional characters, as a Hong Kong or Taiwan source prints
     * one: its agency 香港統計處 is 香港统计处 in simplified characters.
     */
    public static Report traditional() {
        return report("7fad", "香港統計處", 2023, null, null, null, figures(), List.of(),
                "香港統計處二〇二三年政府信息公開工作年度報告\n本處依申請公開政府信息，統計數據按年發佈。");
    }

    /** The five seeds and the real reports in text, Markdown or HTML, read through ingest and the extractor. */
    public static List<Report> samples() throws Exception {
        ReportExtractor extractor = ReportExtractor.standard();
        Ingestor ingestor = new Ingestor();
        List<Report> out = new ArrayList<>();
        for (String dir : List.of("samples/seeds", "samples/real")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html")) {
                        out.add(extractor.extract(ingestor.read(f)));
                    }
                }
            }
        }
        return out;
    }
}
