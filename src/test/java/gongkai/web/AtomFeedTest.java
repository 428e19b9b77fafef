package gongkai.web;

import gongkai.index.Analyzers;
import gongkai.index.ReportDocument;
import gongkai.report.FigureCatalog;
import gongkai.report.Report;
import gongkai.report.ReportJson;
import gongkai.search.SearchService;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AtomFeedTest {

    @Test
    void newestIndexedReportComesFirstWithItsIndexingTime(@TempDir Path dir) throws Exception {
        Report older = SampleReports.hostile(); // year 2020, indexed first
        List<Report> all = SampleReports.load();
        Report newer = all.stream().filter(r -> "丽水市统计局".equals(r.agency())).findFirst().orElseThrow();
        AtomicLong clock = new AtomicLong(1_000);
        ReportDocument docs = new ReportDocument(FigureCatalog.standard(), new ReportJson(), w -> { }, () -> clock.getAndAdd(1_000));
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(Analyzers.perField()))) {
            w.addDocument(docs.build(older));
            w.addDocument(docs.build(newer));
            w.commit();
        }
        try (SearchService search = SearchService.open(dir, FigureCatalog.standard())) {
            AtomFeed feed = new AtomFeed(search);
            StringWriter out = new StringWriter();
            feed.write(feed.newest("人口普查"), "http://h", "http://h/api/feed.atom?q=x", out);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
            NodeList entries = d.getElementsByTagNameNS(AtomFeed.NS, "entry");
            assertEquals(2, entries.getLength());
            Element first = (Element) entries.item(0);
            assertEquals("urn:gongkai:report:" + newer.id(), text(first, "id"));
            assertEquals("1970-01-01T00:00:02Z", text(first, "updated"));
            assertEquals("urn:gongkai:report:" + older.id(), text((Element) entries.item(1), "id"));
            assertEquals("1970-01-01T00:00:02Z", text(d.getDocumentElement(), "updated"));
        }
    }

    private static String text(Element e, String name) {
        return e.getElementsByTagNameNS(AtomFeed.NS, name).item(0).getTextContent();
    }
}
