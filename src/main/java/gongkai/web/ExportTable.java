package gongkai.web;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;
import gongkai.report.RuleLabels;
import gongkai.report.Template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table every export writes, CSV and xlsx alike: the metadata columns, then every figure of
 * the catalog in catalog order. Headers are the keys (for scripts) or the Chinese labels (for
 * people); a figure cell is a number, or blank for one of two reasons the xlsx shows apart and
 * the CSV tells by its {@code missing} and {@code template} columns.
 */
final class ExportTable {

    /** How the header row names the columns: {@code labels=keys} (for scripts) or {@code labels=zh} (for people). */
    enum Labels { KEYS, ZH }

    /** Why a cell holds what it holds. */
    enum Kind {
        /** Metadata text, never a figure. */
        TEXT,
        /** A figure as read (or a rate or copy measure as computed). */
        NUMBER,
        /** A figure the report's template has, not read: the key is in the report's {@code missing}. */
        NOT_READ,
        /** A figure the report's template does not have (or the report has no standard tables at all). */
        NOT_IN_TEMPLATE,
        /** A rate or copy measure that could not be computed, or an empty metadata value. */
        EMPTY
    }

    record Cell(Kind kind, String text, BigDecimal number) {
        static Cell text(String s) {
            return s == null || s.isEmpty() ? new Cell(Kind.EMPTY, "", null) : new Cell(Kind.TEXT, s, null);
        }

        static Cell number(BigDecimal n) {
            return new Cell(Kind.NUMBER, n.toPlainString(), n);
        }

        static Cell blank(Kind kind) {
            return new Cell(kind, "", null);
        }
    }

    /**
     * The metadata columns with their Chinese headers, in column order. {@code missing} lists the
     * figures of the report's template that were not read, so that a blank figure cell says which
     * of the two blanks it is.
     */
    static final Map<String, String> METADATA_COLUMNS = metadataColumns();

    private static Map<String, String> metadataColumns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", "编号");
        m.put("agency", "机关");
        m.put("year", "年度");
        m.put("region", "地区");
        m.put("region_code", "行政区划代码");
        m.put("province", "省份");
        m.put("level", "层级");
        m.put("doc_no", "文号");
        m.put("published", "发布日期");
        m.put("template", "表格模板");
        m.put("check", "校验");
        m.put("failed_checks", "未通过的校验");
        m.put("source", "原文件");
        m.put("url", "原文链接");
        m.put("missing", "未读出的指标");
        // The report copy.nearest names, so that the share in its figure column can be followed to it.
        m.put("copy_nearest_id", "最相似报告编号");
        return java.util.Collections.unmodifiableMap(m);
    }

    private final FigureCatalog catalog;
    private final List<FigureKey> figures;
    private final RuleLabels rules;

    ExportTable(FigureCatalog catalog) {
        this.catalog = catalog;
        this.figures = catalog.all();
        this.rules = new RuleLabels(catalog);
    }

    int width() {
        return METADATA_COLUMNS.size() + figures.size();
    }

    /** The header row: the metadata columns, then every figure, by key or by Chinese label. */
    List<String> header(Labels labels) {
        List<String> h = new ArrayList<>(width());
        if (labels == Labels.KEYS) h.addAll(METADATA_COLUMNS.keySet());
        else h.addAll(METADATA_COLUMNS.values());
        for (FigureKey f : figures) h.add(labels == Labels.KEYS ? f.key() : headerLabel(f));
        return h;
    }

    /** A figure's label as a header: the catalog's label with its separators closed up (申请·本年新收…·自然人). */
    static String headerLabel(FigureKey f) {
        return f.label().replace(" · ", "·");
    }

    /** One report's row, from its stored JSON; in {@code ZH} the failed checks and missing figures are named in Chinese. */
    List<Cell> row(JsonNode r, Labels labels) {
        List<Cell> cells = new ArrayList<>(width());
        for (String col : METADATA_COLUMNS.keySet()) {
            switch (col) {
                case "check" -> cells.add(Cell.text(checkStatus(r, labels)));
                case "failed_checks" -> cells.add(Cell.text(failedChecks(r, labels)));
                case "missing" -> cells.add(Cell.text(missing(r, labels)));
                default -> cells.add(Cell.text(textOf(r.path(col))));
            }
        }
        Template template = Template.fromCode(r.path("template").asText("")).orElse(null);
        JsonNode values = r.path("figures");
        for (FigureKey f : figures) {
            JsonNode v = values.get(f.key());
            if (v != null && v.isNumber()) cells.add(Cell.number(v.decimalValue()));
            else if (f.derived()) cells.add(Cell.blank(template == null ? Kind.NOT_IN_TEMPLATE : Kind.EMPTY));
            else if (template == null || !f.in(template)) cells.add(Cell.blank(Kind.NOT_IN_TEMPLATE));
            else cells.add(Cell.blank(Kind.NOT_READ));
        }
        return cells;
    }

    private static String checkStatus(JsonNode r, Labels labels) {
        JsonNode checks = r.path("checks");
        boolean zh = labels == Labels.ZH;
        if (!checks.isArray() || checks.isEmpty()) return zh ? "未校验" : "none";
        for (JsonNode c : checks) if (!c.path("ok").asBoolean(true)) return zh ? "未通过" : "failed";
        return zh ? "通过" : "ok";
    }

    private String failedChecks(JsonNode r, Labels labels) {
        List<String> failed = new ArrayList<>();
        for (JsonNode c : r.path("checks")) {
            if (c.path("ok").asBoolean(true)) continue;
            String rule = c.path("rule").asText();
            failed.add(labels == Labels.KEYS ? rule : rules.label(rule));
        }
        return String.join(labels == Labels.KEYS ? " " : "；", failed);
    }

    private String missing(JsonNode r, Labels labels) {
        List<String> keys = new ArrayList<>();
        for (JsonNode k : r.path("missing")) {
            String key = k.asText();
            keys.add(labels == Labels.KEYS ? key : catalog.get(key).map(ExportTable::headerLabel).orElse(key));
        }
        return String.join(labels == Labels.KEYS ? " " : "；", keys);
    }

    private static String textOf(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return "";
        return v.asText();
    }
}
