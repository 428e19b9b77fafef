package gongkai.web;

import gongkai.search.Hit;
import gongkai.search.SearchEngine;
import gongkai.search.SearchLimits;
import gongkai.search.SearchResponse;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * A search as an Atom feed (RFC 4287): the newest matching reports, by the time each was
 * indexed, so that a feed reader subscribed to a query shows each new report once.
 *
 * <p>Ids are stable: the feed's id is derived from its query, an entry's from the report's
 * content id ({@code urn:gongkai:report:<id>}), so a reader recognises an entry it has seen
 * whenever it polls. An entry's {@code updated} is the report's indexing time; a report from
 * an index written before that time was kept takes the feed's own time.
 */
final class AtomFeed {

    static final String NS = "http://www.w3.org/2005/Atom";
    static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

    private final SearchEngine search;
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

    AtomFeed(SearchEngine search) {
        this.search = search;
    }

    /** The newest matches of {@code query}; throws the engine's query error before anything is written. */
    SearchResponse newest(String query) throws IOException {
        return search.newest(query, Math.min(SearchLimits.FEED_ENTRIES, search.limits().maxSize()));
    }

    /**
     * Writes the feed.
     *
     * @param base  the site's address, {@code http://host:port}, for the links to the page
     * @param self  the address the feed was asked at
     */
    void write(SearchResponse matches, String base, String self, Writer out) throws IOException {
        String q = matches.query() == null ? "" : matches.query().strip();
        List<Hit> hits = matches.hits();
        Instant updated = hits.stream().map(Hit::indexedAt).filter(t -> t != null).max(Long::compare)
                .map(Instant::ofEpochMilli).orElseGet(Instant::now);
        try {
            XMLStreamWriter w = xml.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(NS);
            w.writeStartElement(NS, "feed");
            w.writeDefaultNamespace(NS);
            text(w, "id", "urn:gongkai:feed:" + digest(q));
            text(w, "title", "Gongkai 公开：" + (q.isEmpty() ? "全部报告 (all reports)" : q));
            text(w, "updated", updated.toString());
            link(w, "self", self, "application/atom+xml");
            link(w, "alternate", base + "/" + (q.isEmpty() ? "" : "?q=" + enc(q)), "text/html");
            w.writeStartElement(NS, "author");
            text(w, "name", "Gongkai");
            w.writeEndElement();
            for (Hit h : hits) entry(w, h, base, updated);
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the feed", e);
        }
    }

    private static void entry(XMLStreamWriter w, Hit h, String base, Instant feedUpdated) throws XMLStreamException {
        String agency = h.agency() == null ? "机关不明 (agency unknown)" : h.agency();
        w.writeStartElement(NS, "entry");
        text(w, "id", "urn:gongkai:report:" + h.id());
        text(w, "title", agency + " " + (h.year() == null ? "年度不明" : h.year() + "年") + "政府信息公开工作年度报告");
        text(w, "updated", (h.indexedAt() == null ? feedUpdated : Instant.ofEpochMilli(h.indexedAt())).toString());
        link(w, "alternate", base + "/?view=report&id=" + enc(h.id()), "text/html");
        if (h.url() != null) {
            // The report on its own site: a second alternate, told apart by its language, as Atom requires.
            link(w, "alternate", h.url(), "text/html");
            w.writeAttribute("hreflang", "zh-CN");
            w.writeAttribute("title", "原文 original");
        }
        w.writeStartElement(NS, "author");
        text(w, "name", agency);
        w.writeEndElement();
        if (h.year() != null) {
            w.writeEmptyElement(NS, "category");
            w.writeAttribute("term", String.valueOf(h.year()));
            w.writeAttribute("label", h.year() + "年");
        }
        // The snippets are already HTML (escaped text with <mark>); as type="html" the writer escapes them once more.
        w.writeStartElement(NS, "summary");
        w.writeAttribute("type", "html");
        w.writeCharacters(String.join(" … ", h.highlights()));
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(NS, name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement(NS, "link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", href);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The first 16 hex digits of the query's SHA-256: the same query is the same feed. */
    private static String digest(String q) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(q.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
