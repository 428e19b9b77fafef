package gongkai.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The public JSON form of a {@link Report}: snake_case keys as named in the issue and the
 * figure dictionary. One mapper serves the CLI, the API and the tests.
 */
public final class ReportJson {

    private final ObjectMapper mapper;

    public ReportJson() {
        this.mapper = newMapper();
    }

    /** The project's Jackson configuration: ISO dates, no nulls dropped silently, plain BigDecimals. */
    public static ObjectMapper newMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The report as a JSON tree; {@code withText} adds the full normalised text. */
    public ObjectNode toJson(Report r, boolean withText) {
        return toJson(r, withText, r.sections());
    }

    /** As above, with these parts' texts under {@code sections} (the index passes only those it cannot store as spans). */
    public ObjectNode toJson(Report r, boolean withText, Map<String, String> sectionTexts) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", r.id());
        o.put("source", r.source());
        o.put("format", r.format());
        o.put("content_hash", r.contentHash());
        o.put("agency", r.agency());
        o.put("year", r.year());
        o.put("region", r.region());
        o.put("region_code", r.regionCode());
        o.put("province", r.province());
        o.put("level", r.level());
        o.put("doc_no", r.docNo());
        o.put("published", r.published() == null ? null : r.published().toString());
        o.put("template", r.template() == null ? null : r.template().code());
        ObjectNode figures = o.putObject("figures");
        r.figures().forEach((k, v) -> figures.put(k, normalise(v)));
        r.missing().forEach(o.putArray("missing")::add);
        r.inferred().forEach(o.putArray("inferred")::add);
        ArrayNode checks = o.putArray("checks");
        for (Check c : r.checks()) {
            ObjectNode cn = checks.addObject();
            cn.put("rule", c.rule());
            cn.put("ok", c.ok());
            cn.put("left", normalise(c.left()));
            cn.put("right", normalise(c.right()));
            ObjectNode in = cn.putObject("inputs");
            c.inputs().forEach((k, v) -> in.put(k, normalise(v)));
        }
        r.warnings().forEach(o.putArray("warnings")::add);
        ObjectNode sections = o.putObject("sections");
        for (Map.Entry<String, String> e : sectionTexts.entrySet()) sections.put(e.getKey(), e.getValue());
        if (withText) o.put("text", r.text());
        return o;
    }

    /** One line of JSON, as {@code gongkai extract} prints it. */
    public String toLine(Report r) {
        try {
            return mapper.writeValueAsString(toJson(r, false));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report could not be written as JSON", e);
        }
    }

    /** The line printed for a file that could not be read. */
    public String errorLine(String source, String reason) {
        ObjectNode o = mapper.createObjectNode();
        o.put("source", source);
        o.put("error", reason);
        return o.toString();
    }

    /** 12.0 → 12, 618000.00 → 618000, 32.50 → 32.5: numbers print as a reader wrote them. */
    public static BigDecimal normalise(BigDecimal v) {
        if (v == null) return null;
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
