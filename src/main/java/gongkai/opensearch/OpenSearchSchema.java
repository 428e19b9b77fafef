package gongkai.opensearch;

import gongkai.report.FigureKey;

/**
 * The field names of Gongkai's OpenSearch index, in one place. They follow the embedded
 * index's {@code gongkai.index.Schema} where they can; figures are flattened, since a dot in
 * an OpenSearch field name would make an object path.
 */
public final class OpenSearchSchema {

    private OpenSearchSchema() {
    }

    public static final String ID = "id";
    public static final String SOURCE = "source";
    public static final String HASH = "hash";
    public static final String AGENCY = "agency";
    public static final String AGENCY_CJK = "agency_cjk";
    public static final String AGENCY_ID = "agency_id";
    public static final String YEAR = "year";
    public static final String REGION = "region";
    public static final String REGION_CODE = "region_code";
    public static final String PROVINCE = "province";
    public static final String LEVEL = "level";
    public static final String TEMPLATE = "template";
    public static final String DOC_NO = "doc_no";
    public static final String CHECK = "check";
    public static final String CHECK_FAILED = "check_failed";
    public static final String INDEXED_AT = "indexed_at";
    /** smartcn words, for ranking. */
    public static final String TEXT = "text";
    /** One token per Han character with positions, for phrases: recall equal to Ctrl-F. */
    public static final String TEXT_CHARS = "text.chars";
    /** The report's JSON as the embedded index stores it: not indexed, returned as it is. */
    public static final String REPORT = "report";
    /** Where the six parts stand in the text ({@code gongkai.index.SectionSpans}). */
    public static final String SECTIONS = "sections";

    /** The numeric field of a figure: {@code f_} and the key with each dot as a double underscore. */
    public static String figureField(FigureKey key) {
        return figureField(key.key());
    }

    public static String figureField(String key) {
        return "f_" + key.replace(".", "__");
    }
}
