package gongkai.search;

import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code field:value} means: a metadata condition or a figure range (by key or Chinese
 * alias), as an engine-independent {@link QueryNode}. Every check of a value, and every
 * message about one, is here, so both engines refuse the same values with the same words.
 */
final class FieldConditions {

    /** The metadata fields a query may name, in the order an error message lists them. */
    static final List<String> METADATA = List.of(
            "agency", "agency_id", "year", "province", "level", "region", "template", "doc_no", "check", "check_failed", "ocr");

    private final FigureCatalog catalog;
    private final TextAnalysis analysis;

    FieldConditions(FigureCatalog catalog, TextAnalysis analysis) {
        this.catalog = catalog;
        this.analysis = analysis;
    }

    /** True when {@code name} is a metadata field or a figure. */
    boolean knows(String name) {
        return METADATA.contains(name.toLowerCase(Locale.ROOT)) || catalog.resolve(name).isPresent();
    }

    QueryNode condition(QueryToken t) {
        String name = t.text();
        String value = t.value().strip();
        if (value.isEmpty()) {
            throw QueryErrors.at(t.pos(), "字段 " + name + " 后缺少值", "missing value after " + name + ":");
        }
        Optional<FigureKey> figure = catalog.resolve(name);
        if (figure.isPresent()) {
            return new QueryNode.FigureRange(figure.get(), NumericRange.parse(percent(value, figure.get(), t), name, t.valuePos()));
        }
        // agency:="…" (or =, unquoted) is the exact name, as a facet click asks for it.
        boolean exact = value.startsWith("=") && !name.equalsIgnoreCase("year");
        String v = exact ? unquote(value.substring(1).strip()) : value;
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "agency" -> {
                // Compared folded to simplified characters, as the index keeps the exact name.
                if (exact) yield new QueryNode.Exact("agency", analysis.simplified(v));
                if (!analysis.searchable(v)) {
                    throw QueryErrors.at(t.valuePos(), "机关名称中没有可搜索的字", "agency value has nothing searchable");
                }
                yield new QueryNode.CharPhrase("agency", v);
            }
            case "agency_id" -> new QueryNode.Exact("agency_id", v);
            case "year" -> new QueryNode.YearRange(NumericRange.parse(value, name, t.valuePos()));
            // 浙江 finds 浙江省: a province is matched from its start.
            case "province" -> exact ? new QueryNode.Exact("province", v) : new QueryNode.Prefix("province", v);
            case "level" -> new QueryNode.Exact("level", v.endsWith("级") ? v : v + "级");
            // A region is written province first (浙江省丽水市), so 丽水 must match inside it;
            // digits are a GB/T 2260 code, matched from its start (3311 = 丽水市 and its counties).
            case "region" -> exact ? new QueryNode.Exact("region", v)
                    : v.chars().allMatch(Character::isDigit) ? new QueryNode.Prefix("region_code", v)
                    : new QueryNode.Contains("region", v);
            case "template" -> {
                if (!v.equals("2019") && !v.equals("2021")) {
                    throw QueryErrors.at(t.valuePos(), "模板只有 2019 和 2021 两种", "template is 2019 or 2021, not " + v);
                }
                yield new QueryNode.Exact("template", v);
            }
            case "doc_no" -> exact ? new QueryNode.Exact("doc_no", v) : new QueryNode.Contains("doc_no", v);
            case "check" -> switch (v.toLowerCase(Locale.ROOT)) {
                case "failed", "ok", "none" -> new QueryNode.Exact("check", v.toLowerCase(Locale.ROOT));
                default -> throw QueryErrors.at(t.valuePos(), "check 的值只能是 failed、ok 或 none",
                        "check is failed, ok or none, not " + v);
            };
            case "check_failed" -> new QueryNode.Exact("check_failed", v);
            // ocr:true finds the scans, read by OCR; ocr:false the reports read from their text
            case "ocr" -> switch (v.toLowerCase(Locale.ROOT)) {
                case "true" -> new QueryNode.Exact("ocr", "true");
                case "false" -> new QueryNode.Not(new QueryNode.Exact("ocr", "true"));
                default -> throw QueryErrors.at(t.valuePos(), "ocr 的值只能是 true 或 false", "ocr is true or false, not " + v);
            };
            default -> throw unknown(t);
        };
    }

    QueryException unknown(QueryToken t) {
        return QueryErrors.at(t.pos(), "未知字段 " + t.text() + "；可用字段：" + String.join("、", METADATA)
                        + "，或数字的键名/中文名（如 penalty.decisions、行政处罚）；若要搜索含冒号的文字，请加引号",
                "unknown field " + t.text() + "; fields are " + String.join(", ", METADATA)
                        + " or a figure key or alias; quote text that contains a colon");
    }

    /**
     * A rate may be written as a percentage ({@code 公开率:<=40%}): every number followed by
     * {@code %} is divided by 100. A percentage past 100 cannot be a share, and says so.
     */
    private static String percent(String value, FigureKey key, QueryToken t) {
        if (!value.contains("%") && !value.contains("％")) return value;
        if (!FigureCatalog.isRate(key.key()) && !FigureCatalog.isCopy(key.key())) {
            throw QueryErrors.at(t.valuePos(), "只有比率可以写成百分数", "only a rate may be written as a percentage");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[%％]").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            java.math.BigDecimal pct = new java.math.BigDecimal(m.group(1));
            if (pct.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
                throw QueryErrors.at(t.valuePos() + m.start(), "比率在 0% 到 100% 之间，不会是 " + m.group(1) + "%",
                        "a rate lies between 0% and 100%, not " + m.group(1) + "%");
            }
            m.appendReplacement(out, pct.movePointLeft(2).toPlainString());
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("“") && s.endsWith("”"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
