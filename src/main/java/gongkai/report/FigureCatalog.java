package gongkai.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every figure of the dictionary ({@code shared/spec/figures.md}), in table order. This is
 * the one place that names figure keys: the extractor, the index schema, the query
 * language, the API and the CSV export all read them from here.
 *
 * <p>Immutable; build one with {@link #standard()} and share it.
 */
public final class FigureCatalog {

    private static final Set<Template> BOTH = EnumSet.of(Template.T2019, Template.T2021);
    private static final Set<Template> ONLY_2019 = EnumSet.of(Template.T2019);
    private static final Set<Template> ONLY_2021 = EnumSet.of(Template.T2021);

    /** Applicant columns of table 3, in print order, with their labels. */
    public static final List<String> APPLY_COLUMNS =
            List.of("person", "company", "research", "ngo", "legal", "other_org", "total");
    public static final List<String> APPLY_COLUMN_LABELS =
            List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    /** Result rows of table 3 that add up to {@code total}, in print order (both templates). */
    public static final List<String> APPLY_RESULT_ROWS = List.of(
            "granted", "partial",
            "denied.secret", "denied.law", "denied.safety", "denied.third_party",
            "denied.internal", "denied.process", "denied.enforcement", "denied.query",
            "unable.no_info", "unable.need_create", "unable.unclear",
            "rejected.petition", "rejected.repeat", "rejected.publication", "rejected.mass", "rejected.confirm");
    /** The "other handling" rows: one in the 2019 template, three in the 2021 template. */
    public static final List<String> APPLY_OTHER_ROWS_2019 = List.of("other");
    public static final List<String> APPLY_OTHER_ROWS_2021 = List.of("other.no_correction", "other.no_fee", "other.other");

    /** Table 4 prefixes and suffixes, in the order of the table's single data row. */
    public static final List<String> APPEAL_PREFIXES = List.of("review", "suit_direct", "suit_after_review");
    public static final List<String> APPEAL_SUFFIXES = List.of("upheld", "corrected", "other", "pending", "total");

    private final List<FigureKey> keys;
    private final Map<String, FigureKey> byKey;
    private final Map<String, FigureKey> byAlias;

    private FigureCatalog(List<FigureKey> keys) {
        this.keys = List.copyOf(keys);
        Map<String, FigureKey> k = new LinkedHashMap<>();
        Map<String, FigureKey> a = new LinkedHashMap<>();
        for (FigureKey f : keys) {
            k.put(f.key(), f);
            for (String alias : f.aliases()) a.putIfAbsent(alias, f);
        }
        this.byKey = Collections.unmodifiableMap(k);
        this.byAlias = Collections.unmodifiableMap(a);
    }

    public List<FigureKey> all() {
        return keys;
    }

    /** The keys a report of this template prints in its tables, in table order (no derived rates). */
    public List<FigureKey> of(Template template) {
        return keys.stream().filter(f -> f.in(template) && !f.derived()).toList();
    }

    /** The derived rates, in the order of the dictionary. */
    public List<FigureKey> rates() {
        return keys.stream().filter(f -> f.derived() && isRate(f.key())).toList();
    }

    public Optional<FigureKey> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Looks a figure up by its key or by one of its Chinese aliases. */
    public Optional<FigureKey> resolve(String keyOrAlias) {
        FigureKey f = byKey.get(keyOrAlias);
        return f != null ? Optional.of(f) : Optional.ofNullable(byAlias.get(keyOrAlias));
    }

    /** Result rows of table 3 for a template, in print order: the rows that add up to {@code total}. */
    public static List<String> resultRows(Template template) {
        List<String> rows = new ArrayList<>(APPLY_RESULT_ROWS);
        rows.addAll(template == Template.T2019 ? APPLY_OTHER_ROWS_2019 : APPLY_OTHER_ROWS_2021);
        return rows;
    }

    /** Every row of table 3 for a template, in print order. */
    public static List<String> applyRows(Template template) {
        List<String> rows = new ArrayList<>(List.of("new", "carried_in"));
        rows.addAll(resultRows(template));
        rows.add("total");
        rows.add("carried_out");
        return rows;
    }

    public static FigureCatalog standard() {
        List<FigureKey> keys = new ArrayList<>();
        table2(keys);
        table3(keys);
        table4(keys);
        rates(keys);
        copies(keys);
        return new FigureCatalog(keys);
    }

    // ---- Table 2: 主动公开政府信息情况 -------------------------------------------------

    private static void table2(List<FigureKey> out) {
        for (String[] doc : new String[][]{{"rules", "规章"}, {"normative", "规范性文件"}}) {
            String p = doc[0], l = doc[1];
            out.add(count2(p + ".new_made", l + " · 本年新制作数量", ONLY_2019));
            out.add(count2(p + ".new_published", l + " · 本年新公开数量", ONLY_2019));
            out.add(count2(p + ".public_total", l + " · 对外公开总数量", ONLY_2019));
            out.add(count2(p + ".issued", l + " · 本年制发件数", ONLY_2021));
            out.add(count2(p + ".repealed", l + " · 本年废止件数", ONLY_2021));
            out.add(count2(p + ".in_force", l + " · 现行有效件数", ONLY_2021));
        }
        // Items with 上一年项目数量 / 本年增减 / 处理决定数量. The decisions count is the one
        // journalists ask for, so the bare Chinese name aliases it.
        String[][] items = {
                {"license", "行政许可", "both"},
                {"other_services", "其他对外管理服务事项", "2019"},
                {"penalty", "行政处罚", "both"},
                {"coercion", "行政强制", "both"}};
        for (String[] item : items) {
            String p = item[0], l = item[1];
            Set<Template> decisionsIn = item[2].equals("both") ? BOTH : ONLY_2019;
            out.add(count2(p + ".prev_items", l + " · 上一年项目数量", ONLY_2019));
            out.add(count2(p + ".change", l + " · 本年增/减", ONLY_2019));
            out.add(new FigureKey(p + ".decisions", 2, l + " · 处理决定数量", decisionsIn,
                    List.of(l, l + "处理决定数量", l + "决定"), false));
        }
        out.add(count2("fees.prev_items", "行政事业性收费 · 上一年项目数量", ONLY_2019));
        out.add(count2("fees.change", "行政事业性收费 · 本年增/减", ONLY_2019));
        out.add(new FigureKey("fees.amount_wan", 2, "行政事业性收费 · 本年收费金额（万元）", ONLY_2021,
                List.of("行政事业性收费", "收费金额"), true));
        out.add(new FigureKey("procurement.items", 2, "政府集中采购 · 采购项目数量", ONLY_2019,
                List.of("政府集中采购", "采购项目数量"), false));
        out.add(new FigureKey("procurement.amount_yuan", 2, "政府集中采购 · 采购总金额（元）", ONLY_2019,
                List.of("采购总金额"), true));
    }

    private static FigureKey count2(String key, String label, Set<Template> templates) {
        return new FigureKey(key, 2, label, templates, List.of(), false);
    }

    // ---- Table 3: 收到和处理政府信息公开申请情况 ------------------------------------------

    static final Map<String, String> APPLY_ROW_LABELS = rowLabels();

    private static Map<String, String> rowLabels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("new", "本年新收政府信息公开申请数量");
        m.put("carried_in", "上年结转政府信息公开申请数量");
        m.put("granted", "予以公开");
        m.put("partial", "部分公开");
        m.put("denied.secret", "不予公开 · 属于国家秘密");
        m.put("denied.law", "不予公开 · 其他法律行政法规禁止公开");
        m.put("denied.safety", "不予公开 · 危及“三安全一稳定”");
        m.put("denied.third_party", "不予公开 · 保护第三方合法权益");
        m.put("denied.internal", "不予公开 · 属于三类内部事务信息");
        m.put("denied.process", "不予公开 · 属于四类过程性信息");
        m.put("denied.enforcement", "不予公开 · 属于行政执法案卷");
        m.put("denied.query", "不予公开 · 属于行政查询事项");
        m.put("unable.no_info", "无法提供 · 本机关不掌握相关政府信息");
        m.put("unable.need_create", "无法提供 · 没有现成信息需要另行制作");
        m.put("unable.unclear", "无法提供 · 补正后申请内容仍不明确");
        m.put("rejected.petition", "不予处理 · 信访举报投诉类申请");
        m.put("rejected.repeat", "不予处理 · 重复申请");
        m.put("rejected.publication", "不予处理 · 要求提供公开出版物");
        m.put("rejected.mass", "不予处理 · 无正当理由大量反复申请");
        m.put("rejected.confirm", "不予处理 · 要求行政机关确认或重新出具已获取信息");
        m.put("other", "其他处理");
        m.put("other.no_correction", "其他处理 · 申请人无正当理由逾期不补正");
        m.put("other.no_fee", "其他处理 · 申请人逾期未按收费通知要求缴纳费用");
        m.put("other.other", "其他处理 · 其他");
        m.put("total", "总计");
        m.put("carried_out", "结转下年度继续办理");
        return Collections.unmodifiableMap(m);
    }

    /** The Chinese label of a table-3 row key, e.g. {@code granted} → 予以公开. */
    public static String applyRowLabel(String row) {
        return APPLY_ROW_LABELS.get(row);
    }

    private static void table3(List<FigureKey> out) {
        for (String row : APPLY_ROW_LABELS.keySet()) {
            Set<Template> in = row.equals("other") ? ONLY_2019
                    : row.startsWith("other.") ? ONLY_2021 : BOTH;
            for (int c = 0; c < APPLY_COLUMNS.size(); c++) {
                String key = "apply." + row + "." + APPLY_COLUMNS.get(c);
                String label = "申请 · " + APPLY_ROW_LABELS.get(row) + " · " + APPLY_COLUMN_LABELS.get(c);
                List<String> aliases = List.of();
                if (key.equals("apply.new.total")) aliases = List.of("新收申请", "本年新收申请", "申请数量");
                if (key.equals("apply.carried_out.total")) aliases = List.of("结转下年度");
                out.add(new FigureKey(key, 3, label, in, aliases, false));
            }
        }
    }

    // ---- Table 4: 政府信息公开行政复议、行政诉讼情况 ---------------------------------------

    private static void table4(List<FigureKey> out) {
        String[] prefixLabels = {"行政复议", "行政诉讼 · 未经复议直接起诉", "行政诉讼 · 复议后起诉"};
        String[] suffixLabels = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
        for (int p = 0; p < APPEAL_PREFIXES.size(); p++) {
            for (int s = 0; s < APPEAL_SUFFIXES.size(); s++) {
                String key = APPEAL_PREFIXES.get(p) + "." + APPEAL_SUFFIXES.get(s);
                List<String> aliases = List.of();
                if (key.equals("review.total")) aliases = List.of("行政复议");
                if (key.equals("suit_direct.total")) aliases = List.of("直接起诉");
                if (key.equals("suit_after_review.total")) aliases = List.of("复议后起诉");
                out.add(new FigureKey(key, 4, prefixLabels[p] + " · " + suffixLabels[s], BOTH, aliases, false));
            }
        }
    }

    // ---- Derived rates (比率): computed by RateCalculator, never read -----------------------

    /** Every rate key starts so, and no read figure does. */
    public static final String RATE_PREFIX = "rate.";

    /** True for a derived rate's key, e.g. {@code rate.disclosed}. */
    public static boolean isRate(String key) {
        return key.startsWith(RATE_PREFIX);
    }

    /** Rate keys with their Chinese labels; the label is also the alias a query may use. */
    public static final Map<String, String> RATE_LABELS = rateLabels();

    private static Map<String, String> rateLabels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("rate.disclosed", "公开率");
        m.put("rate.denied", "不予公开率");
        m.put("rate.unable", "无法提供率");
        m.put("rate.carried_over", "结转率");
        m.put("rate.review_corrected", "复议纠错率");
        m.put("rate.suit_corrected", "诉讼纠错率");
        m.put("rate.dispute", "争议率");
        return Collections.unmodifiableMap(m);
    }

    private static void rates(List<FigureKey> out) {
        RATE_LABELS.forEach((key, label) ->
                out.add(new FigureKey(key, FigureKey.DERIVED, label, BOTH, List.of(label), true)));
    }

    // ---- Copy measures (雷同): computed across reports by gongkai.copy, never read ------------

    /** Every copy measure's key starts so, and no read figure does. */
    public static final String COPY_PREFIX = "copy.";

    /** True for a copy measure's key, e.g. {@code copy.prev_year}. */
    public static boolean isCopy(String key) {
        return key.startsWith(COPY_PREFIX);
    }

    /** Copy measure keys with their Chinese labels; the label is also the alias a query may use. */
    public static final Map<String, String> COPY_LABELS = Map.of(
            "copy.prev_year", "与上年雷同度",
            "copy.nearest", "最相似雷同度");

    /** The copy measures as figures of the derived table, after the rates. */
    public List<FigureKey> copyMeasures() {
        return keys.stream().filter(f -> isCopy(f.key())).toList();
    }

    private static void copies(List<FigureKey> out) {
        for (String key : List.of("copy.prev_year", "copy.nearest")) {
            String label = COPY_LABELS.get(key);
            out.add(new FigureKey(key, FigureKey.DERIVED, label, BOTH, List.of(label), true));
        }
    }
}
