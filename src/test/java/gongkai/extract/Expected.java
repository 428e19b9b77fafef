package gongkai.extract;

import gongkai.report.FigureCatalog;
import gongkai.report.Template;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Compact builders for the figures a test expects, typed from reading the report. */
final class Expected {

    private final Map<String, BigDecimal> figures = new LinkedHashMap<>();
    private final Template template;

    private Expected(Template template) {
        this.template = template;
    }

    static Expected of(Template template) {
        return new Expected(template);
    }

    /** Every table-3 and table-4 cell as 0: for reports whose tables print 0 wherever no other value is set. */
    Expected zeroRequestsAndAppeals() {
        for (String row : FigureCatalog.applyRows(template)) apply(row, 0, 0, 0, 0, 0, 0, 0);
        for (String p : FigureCatalog.APPEAL_PREFIXES) appeal(p, 0, 0, 0, 0, 0);
        return this;
    }

    /** One table-2 row: the prefix and its cells in print order, named by the template's columns. */
    Expected row(String prefix, String[] columns, Number... values) {
        for (int i = 0; i < values.length; i++) put(prefix + "." + columns[i], values[i]);
        return this;
    }

    /** One table-3 row: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
    Expected apply(String row, Number... values) {
        for (int i = 0; i < values.length; i++) {
            put("apply." + row + "." + FigureCatalog.APPLY_COLUMNS.get(i), values[i]);
        }
        return this;
    }

    /** One table-4 group: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
    Expected appeal(String prefix, Number... values) {
        for (int i = 0; i < values.length; i++) put(prefix + "." + FigureCatalog.APPEAL_SUFFIXES.get(i), values[i]);
        return this;
    }

    Expected put(String key, Number value) {
        figures.put(key, new BigDecimal(value.toString()));
        return this;
    }

    Expected remove(String key) {
        figures.remove(key);
        return this;
    }

    Map<String, BigDecimal> figures() {
        return figures;
    }

    static final String[] DOCS_2019 = {"new_made", "new_published", "public_total"};
    static final String[] DOCS_2021 = {"issued", "repealed", "in_force"};
    static final String[] ITEMS_2019 = {"prev_items", "change", "decisions"};
    static final String[] ITEMS_2021 = {"decisions"};
    static final String[] FEES_2019 = {"prev_items", "change"};
    static final String[] PROCUREMENT = {"items", "amount_yuan"};

    static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares numerically: 618000 and 618000.0 are the same figure. */
    static Map<String, String> plain(Map<String, BigDecimal> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v.stripTrailingZeros().toPlainString()));
        return out;
    }
}
