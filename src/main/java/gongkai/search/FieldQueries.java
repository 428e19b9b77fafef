package gongkai.search;

import gongkai.index.Schema;
import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The queries for {@code field:value}: metadata fields and figures (by key or Chinese alias).
 * All of them filter without scoring; ranking is the text's business.
 */
final class FieldQueries {

    /** The metadata fields a query may name, in the order an error message lists them. */
    static final List<String> METADATA = List.of(
            "agency", "year", "province", "level", "region", "template", "doc_no", "check", "check_failed");

    private final FigureCatalog catalog;
    private final TextQueries text;

    FieldQueries(FigureCatalog catalog, TextQueries text) {
        this.catalog = catalog;
        this.text = text;
    }

    /** True when {@code name} is a metadata field or a figure. */
    boolean knows(String name) {
        return METADATA.contains(name.toLowerCase(Locale.ROOT)) || catalog.resolve(name).isPresent();
    }

    Query query(QueryToken t) {
        String name = t.text();
        String value = t.value().strip();
        if (value.isEmpty()) {
            throw QueryErrors.at(t.pos(), "字段 " + name + " 后缺少值", "missing value after " + name + ":");
        }
        Optional<FigureKey> figure = catalog.resolve(name);
        if (figure.isPresent()) {
            FigureKey key = figure.get();
            NumericRange range = NumericRange.parse(value, name, t.valuePos());
            String field = Schema.figureField(key);
            return key.decimal() ? range.doubleQuery(field) : range.longQuery(field);
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "agency" -> {
                Query q = text.charPhrase(Schema.AGENCY_CJK, value);
                if (q == null) throw QueryErrors.at(t.valuePos(), "机关名称中没有可搜索的字", "agency value has nothing searchable");
                yield q;
            }
            case "year" -> NumericRange.parse(value, name, t.valuePos()).intQuery(Schema.YEAR);
            // 浙江 finds 浙江省: a province is matched from its start.
            case "province" -> new PrefixQuery(new Term(Schema.PROVINCE, value));
            case "level" -> new TermQuery(new Term(Schema.LEVEL, value.endsWith("级") ? value : value + "级"));
            // A region is written province first (浙江省丽水市), so 丽水 must match inside it;
            // digits are a GB/T 2260 code, matched from its start (3311 = 丽水市 and its counties).
            case "region" -> value.chars().allMatch(Character::isDigit)
                    ? new PrefixQuery(new Term(Schema.REGION_CODE, value))
                    : contains(Schema.REGION, value);
            case "template" -> {
                if (!value.equals("2019") && !value.equals("2021")) {
                    throw QueryErrors.at(t.valuePos(), "模板只有 2019 和 2021 两种", "template is 2019 or 2021, not " + value);
                }
                yield new TermQuery(new Term(Schema.TEMPLATE, value));
            }
            case "doc_no" -> contains(Schema.DOC_NO, value);
            case "check" -> switch (value.toLowerCase(Locale.ROOT)) {
                case Schema.CHECK_FAILED_VALUE, Schema.CHECK_OK, Schema.CHECK_NONE ->
                        new TermQuery(new Term(Schema.CHECK, value.toLowerCase(Locale.ROOT)));
                default -> throw QueryErrors.at(t.valuePos(), "check 的值只能是 failed、ok 或 none",
                        "check is failed, ok or none, not " + value);
            };
            case "check_failed" -> new TermQuery(new Term(Schema.CHECK_FAILED, value));
            default -> throw unknown(t);
        };
    }

    QueryException unknown(QueryToken t) {
        return QueryErrors.at(t.pos(), "未知字段 " + t.text() + "；可用字段：" + String.join("、", METADATA)
                        + "，或数字的键名/中文名（如 penalty.decisions、行政处罚）；若要搜索含冒号的文字，请加引号",
                "unknown field " + t.text() + "; fields are " + String.join(", ", METADATA)
                        + " or a figure key or alias; quote text that contains a colon");
    }

    private static Query contains(String field, String value) {
        StringBuilder escaped = new StringBuilder("*");
        for (char c : value.toCharArray()) {
            if (c == '*' || c == '?' || c == '\\') escaped.append('\\');
            escaped.append(c);
        }
        return new WildcardQuery(new Term(field, escaped.append('*').toString()));
    }
}
