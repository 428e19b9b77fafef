package gongkai.web;

import gongkai.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedApiTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @RegisterExtension
    static final TestServer server = TestServer.samples();

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Document atom(String query) throws Exception {
        HttpResponse<byte[]> r = server.get("/api/feed.atom?q=" + enc(query));
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
    }

    private static List<Element> entries(Document d) {
        NodeList list = d.getDocumentElement().getElementsByTagNameNS(ATOM, "entry");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    private static String child(Element e, String name) {
        return e.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    private static String reportId(String agency) {
        return server.reports.stream().filter(r -> agency.equals(r.agency())).map(Report::id).findFirst().orElseThrow();
    }

    @Test
    void feedIsAtomWithOneEntryPerMatchingReport() throws Exception {
        Document d = atom("agency:丽水市统计局");
        Element feed = d.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertTrue(child(feed, "id").startsWith("urn:gongkai:feed:"), child(feed, "id"));
        List<Element> entries = entries(d);
        assertEquals(1, entries.size());
        Element e = entries.get(0);
        String id = reportId("丽水市统计局");
        assertEquals("urn:gongkai:report:" + id, child(e, "id"));
        assertEquals("丽水市统计局 2020年政府信息公开工作年度报告", child(e, "title"));
        Element link = (Element) e.getElementsByTagNameNS(ATOM, "link").item(0);
        assertEquals(server.base() + "/?view=report&id=" + id, link.getAttribute("href"));
        assertTrue(child(e, "updated").matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), child(e, "updated"));
    }

    @Test
    void feedSummaryCarriesTheSnippetWithTheMatchedWords() throws Exception {
        for (Element e : entries(atom("人口普查"))) {
            assertTrue(child(e, "summary").contains("<mark>"), child(e, "summary"));
        }
    }

    @Test
    void entryIdsAreStableAcrossRequests() throws Exception {
        List<String> first = entries(atom("人口普查")).stream().map(e -> child(e, "id")).toList();
        List<String> second = entries(atom("人口普查")).stream().map(e -> child(e, "id")).toList();
        assertTrue(first.contains("urn:gongkai:report:" + SampleReports.HOSTILE_ID), first.toString());
        assertTrue(first.contains("urn:gongkai:report:" + reportId("丽水市统计局")), first.toString());
        assertEquals(first, second);
        assertEquals(child(atom("人口普查").getDocumentElement(), "id"), child(atom("人口普查").getDocumentElement(), "id"));
    }

    @Test
    void malformedQueryIsA400WithAMessage() throws Exception {
        HttpResponse<byte[]> r = server.get("/api/feed.atom?q=" + enc("(人口普查"));
        assertEquals(400, r.statusCode());
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("\"error\""));
    }
}
