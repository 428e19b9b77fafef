package gongkai.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report's web address reaches the hits, the report, the CSV and the feed. */
class WebAddressApiTest {

    /** The 原文链接 line of samples/real/平潭县人民政府_2011.txt. */
    static final String URL = "https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201204/t20120418_80716.htm";
    static final String QUERY = "agency:=\"平潭县人民政府\" year:2011";

    @RegisterExtension
    static final TestServer server = TestServer.samples();
    static final ObjectMapper JSON = new ObjectMapper();

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String body(String path) throws Exception {
        var r = server.get(path);
        assertEquals(200, r.statusCode(), path);
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theHitAndTheReportCarryTheUrl() throws Exception {
        JsonNode hits = JSON.readTree(body("/api/search?q=" + enc(QUERY))).path("hits");
        assertEquals(1, hits.size());
        assertEquals(URL, hits.get(0).path("url").asText());
        JsonNode report = JSON.readTree(body("/api/reports/" + hits.get(0).path("id").asText()));
        assertEquals(URL, report.path("url").asText());
    }

    @Test
    void aReportWithoutOneHasNone() throws Exception {
        JsonNode hits = JSON.readTree(body("/api/search?q=" + enc("agency:丽水市统计局"))).path("hits");
        assertTrue(hits.get(0).path("url").isNull(), hits.get(0).toString());
    }

    @Test
    void theCsvHasAUrlColumn() throws Exception {
        List<String> lines = body("/api/export.csv?labels=keys&q=" + enc(QUERY)).lines().toList();
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        int col = header.indexOf("url");
        assertTrue(col > 0, header.toString());
        assertEquals(URL, lines.get(1).split(",")[col]);
    }

    @Test
    void theFeedEntryLinksToTheReportOnItsSite() throws Exception {
        String atom = body("/api/feed.atom?q=" + enc(QUERY));
        var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var links = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0).getChildNodes();
        List<String> alternates = new java.util.ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            if (links.item(i) instanceof org.w3c.dom.Element e && e.getLocalName().equals("link") && e.getAttribute("rel").equals("alternate")) {
                alternates.add(e.getAttribute("href") + " " + e.getAttribute("hreflang"));
            }
        }
        assertEquals(2, alternates.size(), atom);
        assertEquals(URL + " zh-CN", alternates.get(1));
    }
}
