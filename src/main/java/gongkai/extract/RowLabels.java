package gongkai.extract;

import gongkai.report.FigureCatalog;
import gongkai.report.Template;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of tables 2 and 3 for each template, with label patterns tolerant of what real
 * reports do to labels: spaces inside (`信访举报 投诉类申请`), variant wording
 * (`其他法律法规禁止公开`), the rest of a label broken onto another line.
 */
final class RowLabels {

    private final List<RowSpec> table2019;
    private final List<RowSpec> table2021;
    private final List<RowSpec> apply2019;
    private final List<RowSpec> apply2021;

    RowLabels() {
        this(false);
    }

    /** @param scanned whether the labels are read from OCR'd text, which may misspell them (see {@link RowLabel#scanned}) */
    RowLabels(boolean scanned) {
        table2019 = forScan(proactive(Template.T2019), scanned);
        table2021 = forScan(proactive(Template.T2021), scanned);
        apply2019 = forScan(apply(Template.T2019), scanned);
        apply2021 = forScan(apply(Template.T2021), scanned);
    }

    private static List<RowSpec> forScan(List<RowSpec> rows, boolean scanned) {
        if (!scanned) return rows;
        return rows.stream().map(r -> new RowSpec(r.name(), r.label().scanned(), r.keys(), r.rowTotal())).toList();
    }

    List<RowSpec> table2(Template t) {
        return t == Template.T2019 ? table2019 : table2021;
    }

    List<RowSpec> table3(Template t) {
        return t == Template.T2019 ? apply2019 : apply2021;
    }

    private static List<RowSpec> proactive(Template t) {
        List<RowSpec> rows = new ArrayList<>();
        boolean old = t == Template.T2019;
        List<String> docCols = old ? List.of("new_made", "new_published", "public_total")
                : List.of("issued", "repealed", "in_force");
        List<String> itemCols = old ? List.of("prev_items", "change", "decisions") : List.of("decisions");
        rows.add(row2("rules", label(0, "规章"), docCols));
        rows.add(row2("normative", label(0, "行政规范性文件", "规范性文件"), docCols));
        rows.add(row2("license", label(0, "行政许可"), itemCols));
        if (old) rows.add(row2("other_services", label(0, "其他对外管理服务事项", "对外管理服务"), itemCols));
        rows.add(row2("penalty", label(0, "行政处罚"), itemCols));
        rows.add(row2("coercion", label(0, "行政强制"), itemCols));
        rows.add(row2("fees", label(0, "行政事业性收费"),
                old ? List.of("prev_items", "change") : List.of("amount_wan")));
        if (old) rows.add(row2("procurement", label(0, "政府集中采购"), List.of("items", "amount_yuan")));
        return List.copyOf(rows);
    }

    private static RowSpec row2(String prefix, RowLabel label, List<String> cols) {
        return new RowSpec(prefix, label, cols.stream().map(c -> (prefix + "." + c).intern()).toList(), false);
    }

    private static List<RowSpec> apply(Template t) {
        List<RowSpec> rows = new ArrayList<>();
        rows.add(row3("new", label(0, "本年新收政府信息公开申请数量", "本年新收政府信息公开申请")));
        rows.add(row3("carried_in", label(0, "上年结转政府信息公开申请数量", "上年结转政府信息公开申请")));
        // OCR reads 予 as 子, 于 or 所 (子以公开); no other row's label ends in 以公开
        rows.add(row3("granted", new RowLabel(0, List.<String[]>of(new String[]{"予子于所", "以", "公", "开"}))));
        rows.add(row3("partial", label(0, "部分公开")));
        rows.add(row3("denied.secret", label(1, "属于国家秘密", "国家秘密")));
        rows.add(row3("denied.law", label(2, "其他法律行政法规禁止公开", "其他法律法规禁止公开", "禁止公开", "其他法律")));
        rows.add(row3("denied.safety", label(3, "危及“三安全一稳定”", "危及\"三安全一稳定\"", "三安全一稳定")));
        rows.add(row3("denied.third_party", label(4, "保护第三方合法权益", "第三方合法权益")));
        rows.add(row3("denied.internal", label(5, "属于三类内部事务信息", "内部事务信息")));
        rows.add(row3("denied.process", label(6, "属于四类过程性信息", "过程性信息")));
        rows.add(row3("denied.enforcement", label(7, "属于行政执法案卷", "行政执法案卷")));
        rows.add(row3("denied.query", label(8, "属于行政查询事项", "行政查询事项")));
        rows.add(row3("unable.no_info", label(1, "本机关不掌握相关政府信息", "不掌握相关政府信息")));
        rows.add(row3("unable.need_create", label(2, "没有现成信息需要另行制作", "没有现成信息")));
        rows.add(row3("unable.unclear", label(3, "补正后申请内容仍不明确", "补正后申请内容")));
        rows.add(row3("rejected.petition", label(1, "信访举报投诉类申请", "信访举报")));
        rows.add(row3("rejected.repeat", label(2, "重复申请")));
        rows.add(row3("rejected.publication", label(3, "要求提供公开出版物", "公开出版物")));
        rows.add(row3("rejected.mass", label(4, "无正当理由大量反复申请", "大量反复申请")));
        rows.add(row3("rejected.confirm", label(5, "要求行政机关确认或重新出具已获取信息", "要求行政机关确认")));
        if (t == Template.T2019) {
            rows.add(row3("other", label(0, "其他处理")));
        } else {
            rows.add(row3("other.no_correction", label(1, "申请人无正当理由逾期不补正", "逾期不补正", "申请人无正当理由")));
            rows.add(row3("other.no_fee", label(2, "申请人逾期未按收费通知要求缴纳费用", "逾期未按收费通知", "申请人逾期未按收费")));
            // A bare 其他 would match half the report: only its numbering makes it this row.
            rows.add(row3("other.other", new RowLabel(0, List.<String[]>of(new String[]{"3３", ".．、", "其", "他"}))));
        }
        rows.add(row3("total", label(0, "总计")));
        rows.add(row3("carried_out", label(0, "结转下年度继续办理", "结转下年度")));
        return List.copyOf(rows);
    }

    private static RowSpec row3(String row, RowLabel label) {
        List<String> keys = FigureCatalog.APPLY_COLUMNS.stream().map(c -> ("apply." + row + "." + c).intern()).toList();
        return new RowSpec("apply." + row, label, keys, true);
    }

    /** The rest of a label after its distinctive core: anything up to a digit or a cell break. */
    static int restEnd(String text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９') || c == '\t' || c == '\n' || c == '\r' || c == '|') break;
            i++;
        }
        return i;
    }

    /** A label: the item number (if any) and one of the cores, each character allowed to be followed by spaces. */
    static RowLabel label(int item, String... cores) {
        return RowLabel.of(item, cores);
    }
}
