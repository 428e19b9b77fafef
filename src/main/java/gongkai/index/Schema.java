package gongkai.index;

import gongkai.report.FigureKey;

/**
 * The index's field names, in one place. Every other class names fields through these
 * constants, so that the schema can be read here top to bottom.
 *
 * <p>The report's text is indexed twice:
 * <ul>
 *   <li>{@link #TEXT}: segmented by smartcn, for BM25 ranking by words;</li>
 *   <li>{@link #TEXT_CJK}: one token per Chinese character with positions, so that a phrase
 *       query matches exactly where the characters stand side by side in the text, whatever
 *       smartcn would have made of them in context. This is what makes phrase recall equal
 *       Ctrl-F.</li>
 * </ul>
 *
 * <p>Every figure is a {@code LongField} (whole counts) or {@code DoubleField} (amounts),
 * which index both a point, for fast range filters, and a doc value, for sorting and
 * statistics over all matches without loading stored fields. A missing figure has no field
 * at all, so it can never match a range such as {@code <10}.
 */
public final class Schema {

    private Schema() {
    }

    /** Content-derived id: the first 16 hex digits of the file's SHA-256. Unique key for updates. */
    public static final String ID = "id";
    /** The source path, as indexed; used to skip unchanged files and to prune vanished ones. */
    public static final String SOURCE = "source";
    public static final String HASH = "hash";
    public static final String FORMAT = "format";
    /** {@link #OCR_TRUE} on a report read from page images by OCR (a scan); absent on every other. */
    public static final String OCR = "ocr";
    public static final String OCR_TRUE = "true";
    /** Where the report is published on the web ({@code Report#url}); stored, not indexed. */
    public static final String URL = "url";

    /** Agency as a whole (facets, exact match) and as characters (substring match: {@code agency:丽水}). */
    public static final String AGENCY = "agency";
    public static final String AGENCY_CJK = "agency_cjk";
    /**
     * The agency with traditional characters folded to simplified ({@link SimplifiedScript}):
     * what an exact {@code agency:="…"} matches, in either script. Not stored.
     */
    public static final String AGENCY_SIMPLIFIED = "agency_simplified";
    /** The same agency across years and spellings: region code plus the agency's own name. */
    public static final String AGENCY_ID = "agency_id";
    public static final String YEAR = "year";
    public static final String REGION = "region";
    public static final String REGION_CODE = "region_code";
    public static final String PROVINCE = "province";
    public static final String LEVEL = "level";
    public static final String TEMPLATE = "template";
    public static final String DOC_NO = "doc_no";
    public static final String PUBLISHED = "published";
    /** When the report was indexed, in epoch milliseconds: the order of a feed of new reports. */
    public static final String INDEXED_AT = "indexed_at";

    /** {@code ok}, {@code failed}, or {@code none} (no check could run). */
    public static final String CHECK = "check";
    /** The rule of every failed check, e.g. {@code apply.balance.total}; multi-valued. */
    public static final String CHECK_FAILED = "check_failed";

    public static final String TEXT = "text";
    public static final String TEXT_CJK = "text_cjk";

    /**
     * The whole report as JSON without its text and without the text of its six parts: what a
     * hit and the report view show.
     */
    public static final String REPORT_JSON = "report_json";
    /** Where the six parts stand in the stored {@link #TEXT} ({@link SectionSpans}), so their text is stored once. */
    public static final String SECTIONS = "sections";

    /**
     * The report's LSH band terms ({@code gongkai.copy.CopyBands}), multi-valued, indexed only:
     * its MinHash signature as the index keeps it, so that a later run finds the reports of
     * another agency whose text is near a new one with one search.
     */
    public static final String COPY_BANDS = "copy_bands";
    /**
     * The agency id of the report {@code copy.nearest} names, indexed only: when that agency's
     * reports change, the reports naming one of them are found and measured again.
     */
    public static final String COPY_NEAREST_AGENCY = "copy_nearest_agency";
    /** The id of the report {@code copy.nearest} names, stored only: what a hit shows beside the share. */
    public static final String COPY_NEAREST_ID = "copy_nearest_id";

    public static final String CHECK_OK = "ok";
    public static final String CHECK_FAILED_VALUE = "failed";
    public static final String CHECK_NONE = "none";

    /** The numeric field of a figure. Prefixed so that no figure key can collide with metadata. */
    public static String figureField(FigureKey key) {
        return figureField(key.key());
    }

    public static String figureField(String key) {
        return "f." + key;
    }
}
