package gongkai.synth;

import gongkai.report.FigureCatalog;
import gongkai.report.ReportJson;
import gongkai.report.Template;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Prints table 3 (收到和处理政府信息公开申请情况). Tab layouts copy the header and the row
 * labels of luoyang, licheng or pinghu character for character, including their irregular
 * leading cells; the cell layout copies lishui and yichun.
 */
final class Table3Text {

    private static final String NOTE = "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)";
    private static final String HEADER_LUOYANG = NOTE + "\t\t申请人情况\t\t\t\t\t\t总计\t\n"
            + "\t\t自然人\t法人或其他组织\t\t\t\t\t\t\n"
            + "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t\n";
    private static final String HEADER_LICHENG = "\t申请人情况\t\t\n"
            + "\t\t法人或其他组织\t总\n\n"
            + NOTE + "\t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t计\t\n";
    private static final String HEADER_CELLS = "\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n\t申请人情况\n\n"
            + "\t\n\t自然人\n\t法人或其他组织\n\t总计\n\n"
            + "\t\n\t\n\t商业企业\n\t科研机构\n\t社会公益组织\n\t法律服务机构\n\t其他\n\t\n\n";

    /** Tab layouts: for each row, the text before its values and the text after. */
    private static final Map<Layout.RowStyle, Map<String, String[]>> TAB_ROWS = Map.of(
            Layout.RowStyle.LUOYANG, luoyang(),
            Layout.RowStyle.LICHENG, licheng(),
            Layout.RowStyle.PINGHU, pinghu());

    private Table3Text() {
    }

    static void write(StringBuilder sb, Template template, Layout layout, Map<String, BigDecimal> f, RandomGenerator rng) {
        if (layout.cells()) {
            writeCells(sb, template, layout, f, rng);
            return;
        }
        sb.append(layout.rowStyle() == Layout.RowStyle.LICHENG ? HEADER_LICHENG : HEADER_LUOYANG);
        Map<String, String[]> rows = TAB_ROWS.get(layout.rowStyle());
        for (String row : FigureCatalog.applyRows(template)) {
            String[] text = rows.get(row);
            sb.append(text[0]);
            appendValues(sb, row, f, "\t");
            sb.append(text[1]).append('\n');
            if (row.equals("rejected.confirm") && layout.pageBreakLabel()) {
                // luoyang: the label's last character lands on the next page, after the numbers.
                sb.setLength(sb.length() - 1);
                int cut = sb.lastIndexOf("获取信息");
                sb.deleteCharAt(cut + 3);
                sb.append("\n\n\t息\t\t\t\t\t\t\t\n");
            }
            if (rng.nextDouble() < 0.03) sb.append('\n');
        }
        sb.append('\n');
    }

    private static void appendValues(StringBuilder sb, String row, Map<String, BigDecimal> f, String sep) {
        for (int c = 0; c < FigureCatalog.APPLY_COLUMNS.size(); c++) {
            if (c > 0) sb.append(sep);
            sb.append(ReportJson.normalise(f.get("apply." + row + "." + FigureCatalog.APPLY_COLUMNS.get(c))).toPlainString());
        }
    }

    // ---- one cell per line (lishui, yichun) -------------------------------------------------

    private static final Map<String, String> CELL_LABELS = cellLabels();

    private static void writeCells(StringBuilder sb, Template template, Layout layout, Map<String, BigDecimal> f, RandomGenerator rng) {
        sb.append(HEADER_CELLS);
        for (String row : FigureCatalog.applyRows(template)) {
            sb.append(CELL_LABELS.get(row));
            for (String col : FigureCatalog.APPLY_COLUMNS) {
                String v = ReportJson.normalise(f.get("apply." + row + "." + col)).toPlainString();
                double x = layout.paddedCells() ? rng.nextDouble() : 1;
                sb.append('\t').append(x < 0.35 ? " " + v : x < 0.7 ? v + " " : v).append('\n');
            }
            sb.append('\n');
        }
        sb.append("\n\n");
    }

    private static Map<String, String> cellLabels() {
        Map<String, String> m = new HashMap<>();
        m.put("new", "\t一、本年新收政府信息公开申请数量\n");
        m.put("carried_in", "\t二、上年结转政府信息公开申请数量\n");
        m.put("granted", "\t三、本年度办理结果\n\t（一）予以公开\n");
        m.put("partial", "\t\n\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n");
        String[] groups = {"denied", "unable", "rejected"};
        String[] heads = {"（三）不予公开", "（四）无法提供", "（五）不予处理"};
        for (int g = 0; g < groups.length; g++) {
            int n = 0;
            for (String row : FigureCatalog.APPLY_RESULT_ROWS) {
                if (!row.startsWith(groups[g] + ".")) continue;
                n++;
                String label = n + "." + FigureCatalog.applyRowLabel(row).substring(FigureCatalog.applyRowLabel(row).indexOf('·') + 2);
                m.put(row, n == 1 ? "\t\n\t" + heads[g] + "\n\t" + label + "\n" : "\t\n\t\n\t" + label + "\n");
            }
        }
        m.put("other", "\t\n\t（六）其他处理\n");
        m.put("other.no_correction", "\t\n\t（六）其他处理\n\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\n");
        m.put("other.no_fee", "\t\n\t\n\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\n");
        m.put("other.other", "\t\n\t\n\t3.其他\n");
        m.put("total", "\t\n\t（七）总计\n");
        m.put("carried_out", "\t四、结转下年度继续办理\n");
        return m;
    }

    // ---- tab rows -----------------------------------------------------------------------------

    private static Map<String, String[]> luoyang() {
        Map<String, String[]> m = new HashMap<>();
        m.put("new", new String[]{"一、本年新收政府信息公开申请数量\t\t", "\t"});
        m.put("carried_in", new String[]{"二、上年结转政府信息公开申请数量\t\t", "\t"});
        m.put("granted", new String[]{"三、本年度办理结果\t(一) 予以公开\t", "\t"});
        m.put("partial", new String[]{"\t(二) 部分公开(区分处理的,只计这一情形,不计其他情形)\t", "\t"});
        numbered(m, ". ");
        m.put("other", new String[]{"\t(六) 其他处理\t", ""});
        m.put("other.no_correction", new String[]{"\t(六) 其他处理\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t", ""});
        m.put("other.no_fee", new String[]{"\t\t2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t", ""});
        m.put("other.other", new String[]{"\t\t3. 其他\t", ""});
        m.put("total", new String[]{"\t(七) 总计\t", ""});
        m.put("carried_out", new String[]{"四、结转下年度继续办理\t\t", ""});
        return m;
    }

    private static Map<String, String[]> licheng() {
        Map<String, String[]> m = new HashMap<>();
        m.put("new", new String[]{"一、本年新收政府信息公开申请数量\t\t", "\t"});
        m.put("carried_in", new String[]{"二、上年结转政府信息公开申请数量\t\t", "\t"});
        m.put("granted", new String[]{"三、本年度办理结果\t(一) 予以公开\t", "\t"});
        m.put("partial", new String[]{"\t(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)\t", "\t"});
        numbered(m, ".");
        // licheng's own wordings: a shortened label, labels broken by spaces, and two page breaks.
        m.put("denied.law", new String[]{"\t\t2.其他法律法规禁止公开\t", ""});
        m.put("denied.safety", new String[]{"\t\t3.危及“三安全一稳定”\t", "\n"});
        m.put("unable.unclear", new String[]{"\t\t3.补正后申请内容仍不明确\t", "\n"});
        m.put("rejected.petition", new String[]{"\t(五) 不予处理\t1.信访举报 投诉类申请\t", ""});
        m.put("rejected.publication", new String[]{"\t\t3.要求提供 公开出版物\t", ""});
        m.put("rejected.mass", new String[]{"\t\t4.无正当理由 大量反复 申请\t", ""});
        m.put("rejected.confirm", new String[]{"\t\t5.要求行政 机关确认或 重新出具已 获取信息\t", ""});
        m.put("other", new String[]{"\t(六)其他处理\t", "\t"});
        m.put("other.no_correction", new String[]{"\t(六)其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t", ""});
        m.put("other.no_fee", new String[]{"\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t", ""});
        m.put("other.other", new String[]{"\t\t3.其他\t", ""});
        m.put("total", new String[]{"\t(七)总计\t", "\t"});
        m.put("carried_out", new String[]{"四、结转下年度继续办理\t\t\t", ""});
        return m;
    }

    private static Map<String, String[]> pinghu() {
        Map<String, String[]> m = luoyang();
        m.put("partial", new String[]{"\t(二) 部分公开（区分处理的，只计这一情形，不计其他情形）\t", "\t"});
        // pinghu's rows lose their leading cell from 4. 保护第三方合法权益 on, as a page of its table did.
        m.put("denied.third_party", new String[]{"4. 保护第三方合法权益\t\t", "\t"});
        m.put("denied.internal", new String[]{"\t5. 属于三类内部事务信息\t", "\t\n"});
        m.put("denied.process", new String[]{"\t6. 属于四类过程性信息\t", ""});
        m.put("denied.enforcement", new String[]{"\t7. 属于行政执法案卷\t", ""});
        m.put("denied.query", new String[]{"\t8. 属于行政查询事项\t", ""});
        numberedFrom(m, "unable", "(四) 无法提供");
        numberedFrom(m, "rejected", "(五) 不予处理");
        m.put("other", new String[]{"(六) 其他处理\t", ""});
        m.put("other.no_correction", new String[]{"(六) 其他处理\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t", ""});
        m.put("other.no_fee", new String[]{"\t2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t", ""});
        m.put("other.other", new String[]{"\t3. 其他\t", ""});
        m.put("total", new String[]{"(七) 总计\t", "\t"});
        return m;
    }

    /** The rows of one result group with no leading cell, pinghu-style: (四) 无法提供\t1. …, then \t2. …. */
    private static void numberedFrom(Map<String, String[]> m, String group, String head) {
        int n = 0;
        for (String row : FigureCatalog.APPLY_RESULT_ROWS) {
            if (!row.startsWith(group + ".")) continue;
            n++;
            String label = n + ". " + shortLabel(row);
            m.put(row, new String[]{(n == 1 ? head : "") + "\t" + label + "\t", ""});
        }
    }

    /** Rows of 不予公开, 无法提供 and 不予处理, numbered 1. 2. … under their group's heading. */
    private static void numbered(Map<String, String[]> m, String dot) {
        Map<String, String> heads = Map.of("denied", "(三) 不予公开", "unable", "(四) 无法提供", "rejected", "(五) 不予处理");
        Map<String, Integer> counters = new HashMap<>();
        for (String row : FigureCatalog.APPLY_RESULT_ROWS) {
            String group = row.contains(".") ? row.substring(0, row.indexOf('.')) : "";
            if (!heads.containsKey(group)) continue;
            int n = counters.merge(group, 1, Integer::sum);
            String label = n + dot + shortLabel(row);
            String prefix = n == 1 ? "\t" + heads.get(group) + "\t" : "\t\t";
            m.put(row, new String[]{prefix + label + "\t", ""});
        }
    }

    /** 属于国家秘密 from the catalog's 不予公开 · 属于国家秘密. */
    private static String shortLabel(String row) {
        String label = FigureCatalog.applyRowLabel(row);
        return label.substring(label.indexOf('·') + 2);
    }
}
