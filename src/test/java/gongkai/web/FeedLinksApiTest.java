package gongkai.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a feed's links lead: the public URL when serve was given one, else a plain Host, never what a client forged. */
class FeedLinksApiTest {

    static final String FEED = "/api/feed.atom?q=%E4%BA%BA%E5%8F%A3%E6%99%AE%E6%9F%A5";   // q=人口普查

    @RegisterExtension
    static final TestServer server = TestServer.samples();

    private static String text(TestServer.Raw r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** Every link's href in the feed, the feed's own and its entries'. */
    private static List<String> hrefs(TestServer.Raw r) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        NodeList links = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()))
                .getElementsByTagNameNS(AtomFeed.NS, "link");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) out.add(((Element) links.item(i)).getAttribute("href"));
        return out;
    }

    @Test
    void aHostThatIsNotPlainIsA400AndNeverReachesTheBody() throws Exception {
        // Jetty itself refuses some of these; the others (%2F, _, ..) it lets through to the feed
        for (String forged : List.of("evil.example/phish", "user@evil.example", "evil.example\"><x a=\"",
                "evil.example:80, evil.example", "evil.example:port", "evil.example%2Fphish", "evil_example.com", "evil..example")) {
            TestServer.Raw r = server.rawGet(FEED, forged);
            assertEquals(400, r.status(), forged + ": " + text(r));
            assertTrue(text(r).contains("\"error\""), text(r));
            assertFalse(text(r).contains("evil"), text(r));
        }
    }

    @Test
    void aPlainHostIsWhereTheLinksLead() throws Exception {
        TestServer.Raw r = server.rawGet(FEED, "gongkai.test:8080");
        assertEquals(200, r.status(), text(r));
        List<String> hrefs = hrefs(r);
        assertEquals("http://gongkai.test:8080" + FEED, hrefs.get(0));
        // the entries' links to the page; the reports' own sites (hreflang zh-CN) are theirs
        assertTrue(hrefs.stream().filter(h -> h.contains("view=report")).allMatch(h -> h.startsWith("http://gongkai.test:8080/?")), hrefs.toString());
    }

    @Test
    void withAPublicUrlAForgedHostIsNotUsed() throws Exception {
        WebOptions options = new WebOptions(0, Path.of("web")).withPublicUrl("https://gongkai.example.org/");
        try (WebApp other = server.startAnother(options)) {
            TestServer.Raw r = TestServer.rawGet(other.port(), FEED, "evil.example");
            assertEquals(200, r.status(), text(r));
            assertFalse(text(r).contains("evil.example"), text(r));
            List<String> hrefs = hrefs(r);
            assertEquals("https://gongkai.example.org" + FEED, hrefs.get(0));
            assertEquals("https://gongkai.example.org/?q=%E4%BA%BA%E5%8F%A3%E6%99%AE%E6%9F%A5", hrefs.get(1));
            List<String> toPage = hrefs.stream().filter(h -> h.contains("view=report")).toList();
            assertFalse(toPage.isEmpty(), hrefs.toString());
            assertTrue(toPage.stream().allMatch(h -> h.startsWith("https://gongkai.example.org/?view=report&id=")), hrefs.toString());
        }
    }

    @Test
    void aPublicUrlMustBeAnHttpAddress() {
        WebOptions options = new WebOptions(0, Path.of("web"));
        for (String bad : List.of("gongkai.example.org", "ftp://gongkai.example.org", "javascript:alert(1)",
                "https://user@gongkai.example.org", "https://gongkai.example.org/?x=1", "https://gongkai.example.org/#top", "http://")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> options.withPublicUrl(bad), bad);
            assertTrue(e.getMessage().startsWith("--public-url must be an http or https address"), e.getMessage());
        }
        assertEquals("https://example.org/gongkai", options.withPublicUrl("https://example.org/gongkai/").publicUrl());
    }
}
