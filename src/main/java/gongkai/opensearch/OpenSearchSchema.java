package gongkai.opensearch;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.index.Schema;
import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;

import java.util.List;

/**
 * The field names of Gongkai's OpenSearch index, in one place. Metadata and text take the
 * embedded index's names from {@link Schema}; figures are flattened, since a dot in
 * an OpenSearch field name would make an object path.
 */
public final class OpenSearchSchema {

    private OpenSearchSchema() {
    }

    public static final String ID = Schema.ID;
    public static final String SOURCE = Schema.SOURCE;
    public static final String HASH = Schema.HASH;
    public static final String AGENCY = Schema.AGENCY;
    public static final String AGENCY_CJK = Schema.AGENCY_CJK;
    public static final String AGENCY_SIMPLIFIED = Schema.AGENCY_SIMPLIFIED;
    public static final String AGENCY_ID = Schema.AGENCY_ID;
    public static final String YEAR = Schema.YEAR;
    public static final String REGION = Schema.REGION;
    public static final String REGION_CODE = Schema.REGION_CODE;
    public static final String PROVINCE = Schema.PROVINCE;
    public static final String LEVEL = Schema.LEVEL;
    public static final String TEMPLATE = Schema.TEMPLATE;
    public static final String DOC_NO = Schema.DOC_NO;
    public static final String CHECK = Schema.CHECK;
    public static final String CHECK_FAILED = Schema.CHECK_FAILED;
    public static final String INDEXED_AT = Schema.INDEXED_AT;
    /**
     * smartcn words, for ranking, over the text folded to simplified characters: the text as
     * printed whenever folding leaves it as it is, else {@link #TEXT_PRINTED} holds the printed text.
     */
    public static final String TEXT = Schema.TEXT;
    /** The text as printed, only in a report whose {@link #TEXT} folding changed: what snippets and the report view show. */
    public static final String TEXT_PRINTED = "text_printed";
    /** One token per Han character with positions, for phrases: recall equal to Ctrl-F. */
    public static final String TEXT_CHARS = "text_chars";
    public static final String FORMAT = Schema.FORMAT;
    public static final String OCR = Schema.OCR;
    /** Where the report is published on the web: returned with a hit, not searched. */
    public static final String URL = Schema.URL;
    public static final String PUBLISHED = Schema.PUBLISHED;
    /** The report's JSON as the embedded index stores it, as a string: not indexed, returned as it is. */
    public static final String REPORT = "report";
    /** Where the six parts stand in the text ({@code gongkai.index.SectionSpans}). */
    public static final String SECTIONS = Schema.SECTIONS;

    /** The report's LSH band terms ({@link Schema#COPY_BANDS}). */
    public static final String COPY_BANDS = Schema.COPY_BANDS;
    /** The agency id of the report {@code copy.nearest} names ({@link Schema#COPY_NEAREST_AGENCY}). */
    public static final String COPY_NEAREST_AGENCY = Schema.COPY_NEAREST_AGENCY;

    /**
     * The version of this schema, in the index's {@code _meta}: an index without it was not made
     * by Gongkai. 2 added the printed text of folded reports; 3 the copy measures' fields
     * ({@link #COPY_BANDS}, {@link #COPY_NEAREST_AGENCY}), which a strict mapping of 2 would refuse.
     */
    public static final int VERSION = 3;
    public static final String META_KEY = "gongkai_schema";

    /** The keyword fields, as the embedded index has them. */
    static final List<String> KEYWORDS = List.of(ID, SOURCE, HASH, FORMAT, AGENCY, AGENCY_ID, REGION, REGION_CODE,
            PROVINCE, LEVEL, TEMPLATE, DOC_NO, PUBLISHED, CHECK, CHECK_FAILED, OCR, AGENCY_SIMPLIFIED);

    /**
     * The index's settings and mapping. Strict, so that a document with a field this schema
     * does not name is refused rather than guessed at.
     */
    public static ObjectNode index(int shards, int replicas, FigureCatalog catalog) {
        ObjectNode body = JSON.objectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", shards).put("number_of_replicas", replicas);
        // Gongkai's figures and metadata fields together pass the default limit of 1000 only
        // if the catalog grows a lot; say so at creation rather than at the 1001st field.
        index.put("mapping.total_fields.limit", 2000);
        ObjectNode mappings = body.putObject("mappings");
        mappings.put("dynamic", "strict");
        mappings.putObject("_meta").put(META_KEY, VERSION);
        // The per-character text is derived from the text: sent to be indexed, not kept twice.
        mappings.putObject("_source").putArray("excludes").add(TEXT_CHARS).add(AGENCY_CJK).add(AGENCY_SIMPLIFIED);
        ObjectNode props = mappings.putObject("properties");
        for (String k : KEYWORDS) props.putObject(k).put("type", "keyword");
        props.putObject(YEAR).put("type", "integer");
        props.putObject(INDEXED_AT).put("type", "long");
        props.putObject(AGENCY_CJK).put("type", "text").put("analyzer", "whitespace");
        props.putObject(TEXT).put("type", "text").put("analyzer", "smartcn").put("index_options", "freqs");
        props.putObject(TEXT_CHARS).put("type", "text").put("analyzer", "whitespace");
        // Looked up by term only: no doc values to build for them.
        props.putObject(COPY_BANDS).put("type", "keyword").put("doc_values", false);
        props.putObject(COPY_NEAREST_AGENCY).put("type", "keyword").put("doc_values", false);
        props.putObject(SECTIONS).put("type", "keyword").put("index", false).put("doc_values", false);
        props.putObject(TEXT_PRINTED).put("type", "keyword").put("index", false).put("doc_values", false);
        props.putObject(URL).put("type", "keyword").put("index", false).put("doc_values", false);
        // A string, not an object: the cluster would reorder an object's keys when it filters _source.
        props.putObject(REPORT).put("type", "keyword").put("index", false).put("doc_values", false);
        for (FigureKey key : catalog.all()) {
            props.putObject(figureField(key)).put("type", key.decimal() ? "double" : "long");
        }
        return body;
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A hit's text as printed, from its {@code _source}. */
    static String printedText(com.fasterxml.jackson.databind.JsonNode source) {
        com.fasterxml.jackson.databind.JsonNode printed = source.path(TEXT_PRINTED);
        return printed.isTextual() ? printed.asText() : source.path(TEXT).asText("");
    }

    /** The numeric field of a figure: {@code f_} and the key with each dot as a double underscore. */
    public static String figureField(FigureKey key) {
        return figureField(key.key());
    }

    public static String figureField(String key) {
        return "f_" + key.replace(".", "__");
    }
}
