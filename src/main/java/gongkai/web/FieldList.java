package gongkai.web;

import gongkai.extract.ProseFigures;
import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;
import gongkai.report.RuleLabels;
import gongkai.report.Section;
import gongkai.report.Template;
import gongkai.search.SearchLimits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code GET /api/fields} returns: every figure of the catalog with its Chinese label,
 * how the report's three tables and six sections are laid out, and the search limits, so that
 * the page draws a report from the catalog and pages within the limits rather than from its
 * own copies of them; and the prose-against-table rules ({@code text.<key>}) a report can fail,
 * so that the page can ask for the reports whose prose contradicts their tables.
 */
public record FieldList(List<Field> fields, List<SectionTitle> sections, Map<String, Layout> layouts,
                        Limits limits, List<Rule> checks) {

    /** The limits the page needs: how long a query may be, how many hits a page and how deep paging goes. */
    public record Limits(int maxQueryLength, int maxSize, int maxDepth, long timeoutMs) {
        static Limits of(SearchLimits l) {
            return new Limits(l.maxQueryLength(), l.maxSize(), l.maxDepth(), l.timeout().toMillis());
        }
    }

    public record Field(String key, String label, int table, List<String> templates, List<String> aliases,
                        boolean decimal) {
    }

    public record SectionTitle(String key, String title) {
    }

    /** A check rule with its Chinese label, e.g. {@code text.apply.new.total}, 正文所述与表格一致 · …. */
    public record Rule(String rule, String label) {
    }

    /**
     * The tables of one template.
     *
     * @param table2 rows of table 2: a heading and its cells (figure key and column label)
     * @param table3Rows    row keys of table 3 with labels; a cell's key is {@code apply.<row>.<column>}
     * @param table3Columns column keys of table 3 with labels
     * @param table4Groups  the three column groups of table 4 with labels
     * @param table4Columns the five columns under each group; a cell's key is {@code <group>.<column>}
     */
    public record Layout(List<Row> table2, List<Labelled> table3Rows, List<Labelled> table3Columns,
                         List<Labelled> table4Groups, List<Labelled> table4Columns) {
    }

    public record Row(String label, List<Labelled> cells) {
    }

    /** A key with its label: a figure key, a row or a column. */
    public record Labelled(String key, String label) {
    }

    static FieldList of(FigureCatalog catalog, SearchLimits limits) {
        List<Field> fields = catalog.all().stream()
                .map(f -> new Field(f.key(), f.label(), f.table(),
                        f.templates().stream().map(Template::code).sorted().toList(), f.aliases(), f.decimal()))
                .toList();
        List<SectionTitle> sections = Section.inOrder().stream().map(s -> new SectionTitle(s.key(), s.title())).toList();
        Map<String, Layout> layouts = new LinkedHashMap<>();
        for (Template t : Template.values()) layouts.put(t.code(), layout(catalog, t));
        RuleLabels labels = new RuleLabels(catalog);
        List<Rule> checks = ProseFigures.rules().stream().map(r -> new Rule(r, labels.label(r))).toList();
        return new FieldList(fields, sections, layouts, Limits.of(limits), checks);
    }

    private static Layout layout(FigureCatalog catalog, Template t) {
        return new Layout(table2(catalog, t),
                FigureCatalog.applyRows(t).stream().map(r -> new Labelled(r, FigureCatalog.applyRowLabel(r))).toList(),
                zip(FigureCatalog.APPLY_COLUMNS, FigureCatalog.APPLY_COLUMN_LABELS),
                FigureCatalog.APPEAL_PREFIXES.stream().map(p -> new Labelled(p,
                        before(label(catalog, p + "." + FigureCatalog.APPEAL_SUFFIXES.get(0))))).toList(),
                FigureCatalog.APPEAL_SUFFIXES.stream().map(s -> new Labelled(s,
                        after(label(catalog, FigureCatalog.APPEAL_PREFIXES.get(0) + "." + s)))).toList());
    }

    private static String label(FigureCatalog catalog, String key) {
        return catalog.get(key).map(FigureKey::label).orElse(key);
    }

    /** 行政诉讼 · 复议后起诉 · 结果维持 → 行政诉讼 · 复议后起诉 */
    private static String before(String label) {
        int i = label.lastIndexOf(" · ");
        return i < 0 ? label : label.substring(0, i);
    }

    /** 行政复议 · 结果维持 → 结果维持 */
    private static String after(String label) {
        int i = label.lastIndexOf(" · ");
        return i < 0 ? label : label.substring(i + 3);
    }

    /** Table 2's figures grouped into rows by the part of the label before " · ". */
    private static List<Row> table2(FigureCatalog catalog, Template t) {
        Map<String, List<Labelled>> rows = new LinkedHashMap<>();
        for (FigureKey f : catalog.of(t)) {
            if (f.table() != 2) continue;
            int dot = f.label().indexOf(" · ");
            String row = dot < 0 ? f.label() : f.label().substring(0, dot);
            String col = dot < 0 ? f.label() : f.label().substring(dot + 3);
            rows.computeIfAbsent(row, k -> new ArrayList<>()).add(new Labelled(f.key(), col));
        }
        return rows.entrySet().stream().map(e -> new Row(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static List<Labelled> zip(List<String> keys, List<String> labels) {
        List<Labelled> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) out.add(new Labelled(keys.get(i), labels.get(i)));
        return out;
    }
}
