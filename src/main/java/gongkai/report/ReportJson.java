package gongkai.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The public JSON form of a {@link Report}: snake_case keys as named in the issue and the
 * figure dictionary. One mapper serves the CLI, the API and the tests.
 */
public final class ReportJson {

    private final ObjectMapper mapper;
    private final RuleLabels ruleLabels;

    public ReportJson() {
        this(new RuleLabels(FigureCatalog.standard()));
    }

    public ReportJson(RuleLabels ruleLabels) {
        this.mapper = newMapper();
        this.ruleLabels = ruleLabels;
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

    /** One line of JSON, as {@code gongkai extract} prints it. */
    public String toLine(Report r) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            write(g, r, false, r.sections());
        } catch (IOException e) {
            throw new IllegalStateException("report could not be written as JSON", e);
        }
        return out.toString();
    }

    /** UTF-8 JSON of the report without its text, with these parts' texts under {@code sections}: what the index stores. */
    public byte[] toStoredBytes(Report r, Map<String, String> sectionTexts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            write(g, r, false, sectionTexts);
        } catch (IOException e) {
            throw new IllegalStateException("report " + r.source() + " could not be written as JSON", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the report as one JSON object, straight to the generator (every indexed report
     * goes through here, so no tree is built first); {@code withText} adds the full
     * normalised text.
     */
    public void write(JsonGenerator g, Report r, boolean withText, Map<String, String> sectionTexts) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("source", r.source());
        g.writeStringField("format", r.format());
        // only scans carry it, so that every report read from text keeps the JSON it had
        if (r.ocr()) g.writeBooleanField("ocr", true);
        g.writeStringField("content_hash", r.contentHash());
        // only where the file gives one, so that every other report keeps the JSON it had
        if (r.url() != null) g.writeStringField("url", r.url());
        g.writeStringField("agency", r.agency());
        g.writeStringField("agency_id", r.agencyId());
        g.writeFieldName("year");
        if (r.year() == null) g.writeNull();
        else g.writeNumber(r.year());
        g.writeStringField("region", r.region());
        g.writeStringField("region_code", r.regionCode());
        g.writeStringField("province", r.province());
        g.writeStringField("level", r.level());
        g.writeStringField("doc_no", r.docNo());
        g.writeStringField("published", r.published() == null ? null : r.published().toString());
        g.writeStringField("template", r.template() == null ? null : r.template().code());
        g.writeObjectFieldStart("figures");
        for (Map.Entry<String, BigDecimal> e : r.figures().entrySet()) number(g, e.getKey(), e.getValue());
        g.writeEndObject();
        strings(g, "missing", r.missing());
        strings(g, "inferred", r.inferred());
        g.writeArrayFieldStart("checks");
        for (Check c : r.checks()) {
            g.writeStartObject();
            g.writeStringField("rule", c.rule());
            g.writeStringField("label", ruleLabels.label(c.rule()));
            g.writeBooleanField("ok", c.ok());
            number(g, "left", c.left());
            number(g, "right", c.right());
            g.writeObjectFieldStart("inputs");
            for (Map.Entry<String, BigDecimal> e : c.inputs().entrySet()) number(g, e.getKey(), e.getValue());
            g.writeEndObject();
            // only prose-against-table checks quote a sentence; the others keep the JSON they had
            if (c.sentence() != null) g.writeStringField("sentence", c.sentence());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "warnings", r.warnings());
        // only a report with a measured copy.nearest carries them, so that every other keeps the JSON it had
        CopyMatch near = r.copyNearest();
        if (near != null) {
            g.writeStringField("copy_nearest_id", near.id());
            g.writeObjectFieldStart("copy_nearest");
            g.writeStringField("id", near.id());
            g.writeStringField("agency", near.agency());
            g.writeStringField("agency_id", near.agencyId());
            g.writeFieldName("year");
            if (near.year() == null) g.writeNull();
            else g.writeNumber(near.year());
            g.writeEndObject();
        }
        g.writeObjectFieldStart("sections");
        for (Map.Entry<String, String> e : sectionTexts.entrySet()) g.writeStringField(e.getKey(), e.getValue());
        g.writeEndObject();
        if (withText) g.writeStringField("text", r.text());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, BigDecimal v) throws IOException {
        g.writeFieldName(name);
        if (v == null) g.writeNull();
        else g.writeNumber(normalise(v));
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
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
