package gongkai.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.copy.CopyBands;
import gongkai.index.Schema;
import gongkai.index.SectionSpans;
import gongkai.index.SimplifiedScript;
import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;
import gongkai.report.Report;
import gongkai.report.ReportJson;
import gongkai.search.TextAnalysis;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Turns a {@link Report} into the document of {@link OpenSearchSchema}: the same fields and
 * values as the embedded index's {@code gongkai.index.ReportDocument}, so that both engines
 * answer a query alike.
 */
public final class OpenSearchDocument {

    private final FigureCatalog catalog;
    private final ReportJson json;
    private final ObjectMapper mapper;
    private final CharRuns chars;
    private final SimplifiedScript script;
    private final Consumer<String> warnings;
    private final LongSupplier clock;

    public OpenSearchDocument(FigureCatalog catalog, ReportJson json, TextAnalysis analysis,
                              Consumer<String> warnings, LongSupplier clock) {
        this.catalog = catalog;
        this.json = json;
        this.mapper = ClusterClient.decimalMapper();
        this.chars = new CharRuns(analysis);
        this.script = analysis.script();
        this.warnings = warnings;
        this.clock = clock;
    }

    public ObjectNode build(Report r) {
        ObjectNode d = mapper.createObjectNode();
        d.put(OpenSearchSchema.ID, r.id());
        d.put(OpenSearchSchema.SOURCE, r.source());
        d.put(OpenSearchSchema.HASH, r.contentHash());
        keyword(d, OpenSearchSchema.FORMAT, r.format());
        if (r.ocr()) keyword(d, OpenSearchSchema.OCR, Schema.OCR_TRUE);
        keyword(d, OpenSearchSchema.URL, r.url());
        if (r.agency() != null) {
            d.put(OpenSearchSchema.AGENCY, r.agency());
            d.put(OpenSearchSchema.AGENCY_CJK, chars.encode(r.agency()));
            d.put(OpenSearchSchema.AGENCY_SIMPLIFIED, script.fold(r.agency()));
        }
        keyword(d, OpenSearchSchema.AGENCY_ID, r.agencyId());
        if (r.year() != null) d.put(OpenSearchSchema.YEAR, r.year());
        keyword(d, OpenSearchSchema.REGION, r.region());
        keyword(d, OpenSearchSchema.REGION_CODE, r.regionCode());
        keyword(d, OpenSearchSchema.PROVINCE, r.province());
        keyword(d, OpenSearchSchema.LEVEL, r.level());
        keyword(d, OpenSearchSchema.TEMPLATE, r.template() == null ? null : r.template().code());
        keyword(d, OpenSearchSchema.DOC_NO, r.docNo());
        keyword(d, OpenSearchSchema.PUBLISHED, r.published() == null ? null : r.published().toString());
        d.put(OpenSearchSchema.INDEXED_AT, clock.getAsLong());

        String status = r.checks().isEmpty() ? Schema.CHECK_NONE
                : r.anyCheckFailed() ? Schema.CHECK_FAILED_VALUE : Schema.CHECK_OK;
        d.put(OpenSearchSchema.CHECK, status);
        if (!r.failedChecks().isEmpty()) {
            var failed = d.putArray(OpenSearchSchema.CHECK_FAILED);
            r.failedChecks().forEach(failed::add);
        }

        // Present figures only, so that a missing figure never matches a range.
        for (FigureKey key : catalog.all()) {
            BigDecimal v = r.figures().get(key.key());
            if (v == null) continue;
            String field = OpenSearchSchema.figureField(key);
            if (key.decimal()) {
                d.put(field, v.doubleValue());
            } else if (whole(v) != null) {
                d.put(field, whole(v));
            } else {
                warnings.accept(r.source() + ": figure " + key.key() + " = " + v.toPlainString()
                        + " is not a whole number; left out of the index");
            }
        }

        List<String> bands = CopyBands.of(r);
        if (!bands.isEmpty()) {
            var arr = d.putArray(OpenSearchSchema.COPY_BANDS);
            bands.forEach(arr::add);
        }
        if (r.copyNearest() != null) keyword(d, OpenSearchSchema.COPY_NEAREST_AGENCY, r.copyNearest().agencyId());

        String text = r.text() == null ? "" : r.text();
        // The cluster's smartcn reads the text folded to simplified characters, as the embedded
        // index's analyzer does; the printed text is kept beside it only where the two differ.
        String simplified = script.fold(text);
        d.put(OpenSearchSchema.TEXT, simplified);
        if (!simplified.equals(text)) d.put(OpenSearchSchema.TEXT_PRINTED, text);
        d.put(OpenSearchSchema.TEXT_CHARS, chars.encode(text));
        Map<String, String> unplaced = new LinkedHashMap<>();
        d.put(OpenSearchSchema.SECTIONS, SectionSpans.locate(r.sections(), text, unplaced));
        d.put(OpenSearchSchema.REPORT, new String(json.toStoredBytes(r, unplaced), java.nio.charset.StandardCharsets.UTF_8));
        return d;
    }

    private static Long whole(BigDecimal v) {
        try {
            return v.longValueExact();
        } catch (ArithmeticException e) {
            return null; // a count of 2.5 is a misreading: better no value than a rounded, wrong one
        }
    }

    private static void keyword(ObjectNode d, String field, String value) {
        if (value != null && !value.isEmpty()) d.put(field, value);
    }
}
