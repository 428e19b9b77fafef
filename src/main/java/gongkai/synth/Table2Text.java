package gongkai.synth;

import gongkai.report.ReportJson;
import gongkai.report.Template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Prints table 2 (主动公开政府信息情况) of both templates, as tab rows or one cell per line. */
final class Table2Text {

    private Table2Text() {
    }

    static void write(StringBuilder sb, Template template, Layout layout, Map<String, BigDecimal> f, RandomGenerator rng) {
        Cells out = new Cells(sb, layout, rng);
        if (template == Template.T2019) write2019(out, layout, f);
        else write2021(out, f);
        out.end();
    }

    private static void write2019(Cells out, Layout layout, Map<String, BigDecimal> f) {
        out.section("第二十条第（一）项");
        out.header(layout.brokenHeaders() ? List.of("信息内容", "本年新\n制作数量", "本年新\n公开数量", "对外公开总数量")
                : List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"));
        out.row("规章", f, "rules.new_made", "rules.new_published", "rules.public_total");
        out.row("规范性文件", f, "normative.new_made", "normative.new_published", "normative.public_total");
        if (!layout.cells() && layout.rowStyle() == Layout.RowStyle.LICHENG) out.blank();
        out.section("第二十条第（五）项");
        out.header(List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
        out.row("行政许可", f, "license.prev_items", "license.change", "license.decisions");
        out.row("其他对外管理服务事项", f, "other_services.prev_items", "other_services.change", "other_services.decisions");
        out.section("第二十条第（六）项");
        out.header(List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
        out.row("行政处罚", f, "penalty.prev_items", "penalty.change", "penalty.decisions");
        out.row("行政强制", f, "coercion.prev_items", "coercion.change", "coercion.decisions");
        out.section("第二十条第（八）项");
        out.header(List.of("信息内容", "上一年项目数量", "本年增/减", ""));
        out.row("行政事业性收费", List.of(Cells.number(f.get("fees.prev_items")), Cells.number(f.get("fees.change")), ""));
        out.section("第二十条第（九）项");
        BigDecimal yuan = f.get("procurement.amount_yuan");
        String amount = switch (layout.amountUnit()) {
            case WAN_HEADER -> Cells.number(yuan.movePointLeft(4));
            case YUAN_SPACED -> Cells.number(yuan) + " 元";
            case YUAN -> Cells.number(yuan) + "元";
        };
        String amountHeader = layout.amountInWan() ? (layout.cells() ? "采购总金额（单位：万元）" : "采购总金额（单位:万元）") : "采购总金额";
        out.header(List.of("信息内容", "采购项目数量", amountHeader, ""));
        if (layout.amountInWan() && !layout.cells()) out.blank();
        String items = (layout.bookmark() ? "[bookmark: _GoBack]" : "") + Cells.number(f.get("procurement.items"));
        // The luoyang row has no trailing cell after its amount; licheng's has one.
        out.row("政府集中采购", layout.amountInWan() ? List.of(items, amount) : List.of(items, amount, ""));
        if (layout.dashes()) out.line("--------\t---\t------");
    }

    private static void write2021(Cells out, Map<String, BigDecimal> f) {
        out.section("第二十条第（一）项");
        out.header(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"));
        out.row("规章", f, "rules.issued", "rules.repealed", "rules.in_force");
        out.row("行政规范性文件", f, "normative.issued", "normative.repealed", "normative.in_force");
        out.section("第二十条第（五）项");
        out.header(List.of("信息内容", "本年处理决定数量", "", ""));
        out.row("行政许可", List.of(Cells.number(f.get("license.decisions")), "", ""));
        out.section("第二十条第（六）项");
        out.header(List.of("信息内容", "本年处理决定数量", "", ""));
        out.row("行政处罚", List.of(Cells.number(f.get("penalty.decisions")), "", ""));
        out.row("行政强制", List.of(Cells.number(f.get("coercion.decisions")), "", ""));
        out.section("第二十条第（八）项");
        out.header(List.of("信息内容", "本年收费金额（单位：万元）", "", ""));
        out.row("行政事业性收费", List.of(Cells.number(f.get("fees.amount_wan")), "", ""));
    }

    /** Writes table-2 rows in the report's layout. */
    private static final class Cells {
        private final StringBuilder sb;
        private final Layout layout;
        private final RandomGenerator rng;

        Cells(StringBuilder sb, Layout layout, RandomGenerator rng) {
            this.sb = sb;
            this.layout = layout;
            this.rng = rng;
        }

        static String number(BigDecimal v) {
            return ReportJson.normalise(v).toPlainString();
        }

        void section(String title) {
            if (layout.cells()) sb.append('\t').append(title).append("\n\n");
            else sb.append(title).append("\t\t\t\n");
        }

        void header(List<String> cells) {
            row(cells.get(0), cells.subList(1, cells.size()));
        }

        void row(String label, Map<String, BigDecimal> f, String... keys) {
            row(label, java.util.Arrays.stream(keys).map(k -> number(f.get(k))).toList());
        }

        /** One row. A cell layout drops trailing blank cells, as lishui's 行政事业性收费 row does. */
        void row(String label, List<String> values) {
            if (layout.cells()) {
                sb.append('\t').append(label).append('\n');
                int last = values.size();
                while (last > 0 && values.get(last - 1).isEmpty()) last--;
                for (int i = 0; i < last; i++) sb.append('\t').append(pad(values.get(i))).append('\n');
                sb.append('\n');
            } else {
                sb.append(label);
                for (String v : values) sb.append('\t').append(v);
                sb.append('\n');
            }
        }

        private String pad(String v) {
            if (!layout.paddedCells() || v.isEmpty() || !Character.isDigit(v.charAt(v.length() - 1))) return v;
            double x = rng.nextDouble();
            return x < 0.2 ? " " + v : x < 0.4 ? v + " " : v;
        }

        void blank() {
            sb.append('\n');
        }

        void line(String s) {
            sb.append(s).append('\n');
        }

        void end() {
            sb.append('\n');
        }
    }
}
