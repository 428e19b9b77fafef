package gongkai.index;

import gongkai.copy.CopyBands;
import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;
import gongkai.report.Report;
import gongkai.report.ReportJson;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/** Turns a {@link Report} into the Lucene document of {@link Schema}. */
public final class ReportDocument {

    private final FigureCatalog catalog;
    /** Field name per figure, built once: a String keeps its hash, and the writer looks every field name up per document. */
    private final Map<String, String> figureFields = new HashMap<>();
    private final ReportJson json;
    private final Consumer<String> warnings;
    /** Epoch milliseconds of indexing; a test passes a fixed clock. */
    private final LongSupplier clock;
    private final SimplifiedScript script = SimplifiedScript.icu();

    public ReportDocument(FigureCatalog catalog, ReportJson json) {
        this(catalog, json, w -> { });
    }

    /** As above; a figure value that cannot be indexed is left out and described to {@code warnings}. */
    public ReportDocument(FigureCatalog catalog, ReportJson json, Consumer<String> warnings) {
        this(catalog, json, warnings, System::currentTimeMillis);
    }

    /** As above, with the clock that stamps each document's {@link Schema#INDEXED_AT}. */
    public ReportDocument(FigureCatalog catalog, ReportJson json, Consumer<String> warnings, LongSupplier clock) {
        this.catalog = catalog;
        for (FigureKey key : catalog.all()) figureFields.put(key.key(), Schema.figureField(key));
        this.json = json;
        this.warnings = warnings;
        this.clock = clock;
    }

    public Document build(Report r) {
        Document d = new Document();
        // KeywordField = exact term + sorted-set doc values: filterable and countable as a facet.
        d.add(new KeywordField(Schema.ID, r.id(), Field.Store.YES));
        d.add(new KeywordField(Schema.SOURCE, r.source(), Field.Store.YES));
        d.add(new KeywordField(Schema.HASH, r.contentHash(), Field.Store.YES));
        keyword(d, Schema.FORMAT, r.format());
        if (r.ocr()) keyword(d, Schema.OCR, Schema.OCR_TRUE);
        if (r.url() != null) d.add(new StoredField(Schema.URL, r.url()));
        if (r.agency() != null) {
            d.add(new KeywordField(Schema.AGENCY, r.agency(), Field.Store.YES));
            d.add(new TextField(Schema.AGENCY_CJK, r.agency(), Field.Store.NO));
            d.add(new StringField(Schema.AGENCY_SIMPLIFIED, script.fold(r.agency()), Field.Store.NO));
        }
        keyword(d, Schema.AGENCY_ID, r.agencyId());
        // IntField = point (year:[2019 TO 2021]) + doc values (sort by year, year facet).
        if (r.year() != null) d.add(new IntField(Schema.YEAR, r.year(), Field.Store.YES));
        keyword(d, Schema.REGION, r.region());
        keyword(d, Schema.REGION_CODE, r.regionCode());
        keyword(d, Schema.PROVINCE, r.province());
        keyword(d, Schema.LEVEL, r.level());
        keyword(d, Schema.TEMPLATE, r.template() == null ? null : r.template().code());
        keyword(d, Schema.DOC_NO, r.docNo());
        keyword(d, Schema.PUBLISHED, r.published() == null ? null : r.published().toString());
        d.add(new LongField(Schema.INDEXED_AT, clock.getAsLong(), Field.Store.YES));

        String status = r.checks().isEmpty() ? Schema.CHECK_NONE
                : r.anyCheckFailed() ? Schema.CHECK_FAILED_VALUE : Schema.CHECK_OK;
        d.add(new KeywordField(Schema.CHECK, status, Field.Store.YES));
        for (String rule : r.failedChecks()) d.add(new KeywordField(Schema.CHECK_FAILED, rule, Field.Store.NO));

        // Figures: present values only, so that a missing figure never matches a range.
        for (FigureKey key : catalog.all()) {
            BigDecimal v = r.figures().get(key.key());
            if (v == null) continue;
            String field = figureFields.get(key.key());
            if (key.decimal()) {
                d.add(new DoubleField(field, v.doubleValue(), Field.Store.NO));
            } else if (isWholeLong(v)) {
                d.add(new LongField(field, v.longValueExact(), Field.Store.NO));
            } else {
                // A count of 2.5 is a misreading: better no value than a rounded, wrong one.
                warnings.accept(r.source() + ": figure " + key.key() + " = " + v.toPlainString()
                        + " is not a whole number; left out of the index");
            }
        }

        // The copy measures' signature and the agency of the report copy.nearest names (gongkai.copy).
        for (String band : CopyBands.of(r)) d.add(new StringField(Schema.COPY_BANDS, band, Field.Store.NO));
        if (r.copyNearest() != null && r.copyNearest().agencyId() != null) {
            d.add(new StringField(Schema.COPY_NEAREST_AGENCY, r.copyNearest().agencyId(), Field.Store.NO));
        }
        if (r.copyNearest() != null) d.add(new StoredField(Schema.COPY_NEAREST_ID, r.copyNearest().id()));

        // The text twice: stored once (for snippets), analysed by smartcn and by characters.
        String text = r.text() == null ? "" : r.text();
        d.add(new Field(Schema.TEXT, text, RANKED_TEXT));
        d.add(new TextField(Schema.TEXT_CJK, text, Field.Store.NO));

        // The parts' text is in the stored text already: only where each stands is stored.
        Map<String, String> unplaced = new LinkedHashMap<>();
        d.add(new StoredField(Schema.SECTIONS, SectionSpans.locate(r.sections(), text, unplaced)));
        d.add(new StoredField(Schema.REPORT_JSON, json.toStoredBytes(r, unplaced)));
        return d;
    }

    /**
     * The smartcn field ranks words by BM25, which needs term frequencies but no positions:
     * phrases are matched on the per-character field. Leaving positions out saves indexing
     * time and space.
     */
    private static final FieldType RANKED_TEXT = rankedText();

    private static FieldType rankedText() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    private static boolean isWholeLong(BigDecimal v) {
        try {
            v.longValueExact();
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private static void keyword(Document d, String field, String value) {
        if (value != null && !value.isEmpty()) d.add(new KeywordField(field, value, Field.Store.YES));
    }
}
