package gongkai.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.report.Check;
import gongkai.report.CopyMatch;
import gongkai.report.Report;
import gongkai.report.ReportJson;
import gongkai.report.Section;
import gongkai.report.Template;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what an index stores of a report (its JSON from {@link ReportJson#toStoredBytes}, and
 * optionally its text with the spans of its parts) back into a {@link Report}, so that a
 * {@link CorpusPass} can write it again with new checks. Jackson reads the JSON; this class
 * only maps its fields back onto the record, which no library knows. Thread-safe.
 */
public final class StoredReports {

    /** Amounts come back as the decimals they were written as, never through a double. */
    private final ObjectMapper mapper = ReportJson.newMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The report without text or parts. */
    public Report read(byte[] json) throws IOException {
        return read(mapper.readTree(json), null, null);
    }

    /** The whole report: {@code spans} are the stored spans of the parts over {@code text}. */
    public Report read(byte[] json, String text, String spans) throws IOException {
        return read(mapper.readTree(json), text, spans);
    }

    public Report read(JsonNode j, String text, String spans) {
        Map<String, String> sections = new LinkedHashMap<>();
        if (text != null) {
            Map<String, String> placed = SectionSpans.texts(spans == null ? "" : spans, text);
            Map<String, String> unplaced = new LinkedHashMap<>();
            j.path("sections").fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) unplaced.put(e.getKey(), e.getValue().asText());
            });
            sections.putAll(SectionSpans.inOrder(placed, unplaced));
        }
        String published = string(j, "published");
        return new Report(string(j, "source"), string(j, "format"), string(j, "content_hash"), string(j, "agency"),
                string(j, "agency_id"), j.path("year").isNumber() ? j.path("year").asInt() : null,
                string(j, "region"), string(j, "region_code"), string(j, "province"), string(j, "level"),
                string(j, "doc_no"), published == null ? null : LocalDate.parse(published),
                Template.fromCode(j.path("template").asText("")).orElse(null), numbers(j.path("figures")),
                strings(j.path("missing")), strings(j.path("inferred")), checks(j.path("checks")),
                strings(j.path("warnings")), sections, text == null ? "" : text, j.path("ocr").asBoolean(false),
                copyMatch(j.path("copy_nearest")), string(j, "url"));
    }

    private static CopyMatch copyMatch(JsonNode n) {
        if (!n.isObject() || string(n, "id") == null) return null;
        return new CopyMatch(string(n, "id"), string(n, "agency"), string(n, "agency_id"),
                n.path("year").isNumber() ? n.path("year").asInt() : null);
    }

    private static List<Check> checks(JsonNode array) {
        List<Check> out = new ArrayList<>();
        for (JsonNode c : array) {
            out.add(new Check(c.path("rule").asText(), c.path("ok").asBoolean(), number(c.path("left")),
                    number(c.path("right")), numbers(c.path("inputs")), c.path("sentence").isTextual() ? c.path("sentence").asText() : null));
        }
        return out;
    }

    private static Map<String, BigDecimal> numbers(JsonNode object) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        object.properties().forEach(e -> {
            BigDecimal v = number(e.getValue());
            if (v != null) out.put(e.getKey(), v);
        });
        return out;
    }

    private static BigDecimal number(JsonNode n) {
        return n.isNumber() ? n.decimalValue() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : array) out.add(s.asText());
        return out;
    }

    private static String string(JsonNode j, String field) {
        JsonNode n = j.path(field);
        return n.isTextual() ? n.asText() : null;
    }
}
