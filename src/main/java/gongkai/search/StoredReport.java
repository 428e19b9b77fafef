package gongkai.search;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.index.Schema;
import gongkai.report.ReportJson;
import gongkai.report.Section;
import org.apache.lucene.document.Document;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads what the index stores of a report: its JSON, its figures, its six parts. */
public final class StoredReport {

    public StoredReport() {
    }

    /** Amounts come back as the decimals they were written as, never through a double. */
    private final ObjectMapper mapper = ReportJson.newMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * The figures of the stored report JSON, read as a stream that stops after them: a hit
     * needs nothing else of it, and building the whole tree for every hit of every search
     * was a noticeable part of a search's time.
     */
    Map<String, BigDecimal> figures(Document d) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        BytesRef json = d.getBinaryValue(Schema.REPORT_JSON);
        try (JsonParser p = mapper.getFactory().createParser(json.bytes, json.offset, json.length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return figures;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!"figures".equals(field)) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    if (p.nextToken().isNumeric()) figures.put(key, p.getDecimalValue());
                }
                return figures;
            }
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException("stored report JSON is unreadable", e);
        }
    }

    /** The six parts in their order, from the spans over the text and from any stored with their text. */
    public ObjectNode sections(JsonNode storedTexts, Map<String, String> fromSpans) {
        ObjectNode out = mapper.createObjectNode();
        Map<String, String> stored = new java.util.LinkedHashMap<>();
        storedTexts.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual()) stored.put(e.getKey(), e.getValue().asText());
        });
        gongkai.index.SectionSpans.inOrder(fromSpans, stored).forEach(out::put);
        return out;
    }

    ObjectNode json(Document d) {
        try {
            return (ObjectNode) mapper.readTree(d.getBinaryValue(Schema.REPORT_JSON).utf8ToString());
        } catch (IOException e) {
            throw new UncheckedIOException("stored report JSON is unreadable", e);
        }
    }
}
