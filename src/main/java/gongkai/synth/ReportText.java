package gongkai.synth;

import gongkai.report.Section;
import gongkai.report.Template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Writes the whole text of one synthetic report: 文号, title, opening paragraph, the six
 * parts with their prose and tables, and the signature, each where the layout asks for it.
 */
final class ReportText {

    private static final String[][] SUBSECTIONS = {
            {"主动公开情况", "切实加强政务信息主动公开工作", "proactive"},
            {"依申请公开情况", "依申请公开落实到位，及时有效", "request"},
            {"政府信息管理情况", "信息发布管理规范，依法公开", "manage"},
            {"平台建设情况", "平台建设不断完善，适应新发展需要", "platform"},
            {"监督保障情况", "监督保障落实到位，政府信息公开工作有序进行", "supervise"}};
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六"};

    private ReportText() {
    }

    /**
     * @param docNo     the 文号 to print above the title, or null
     * @param published the date to print under the signature, or null
     */
    static String write(Agency agency, int year, Template template, Layout layout, Map<String, BigDecimal> figures,
                        String docNo, LocalDate published, ProseWriter prose, RandomGenerator rng) {
        StringBuilder sb = new StringBuilder(9000);
        sb.append("\n".repeat(rng.nextInt(3)));
        if (docNo != null) sb.append(docNo).append("\n\n");
        String name = agency.name();
        switch (layout.title()) {
            case 0 -> sb.append(name).append(' ').append(year).append(" 年政府信息公开工作年度报告\n\n");
            case 1 -> sb.append(name).append('\n').append(year).append("年政府信息公开工作年度报告\n\n");
            case 2 -> sb.append(name).append(year).append("年政府信息公开工作年度报告\n\n");
            case 3 -> sb.append(name).append(' ').append(year).append(" 年度政府信息公开工作 年度报告\n\n");
            default -> { }
        }
        if (layout.intro()) sb.append(intro(agency, year, template, rng)).append("\n\n");

        heading(sb, Section.OVERVIEW, layout);
        overview(sb, layout, prose, rng);
        heading(sb, Section.PROACTIVE, layout);
        Table2Text.write(sb, template, layout, figures, rng);
        heading(sb, Section.REQUESTS, layout);
        Table3Text.write(sb, template, layout, figures, rng);
        heading(sb, Section.APPEALS, layout);
        Table4Text.write(sb, layout, figures, rng);
        heading(sb, Section.PROBLEMS, layout);
        problems(sb, year, prose, rng);
        heading(sb, Section.OTHER, layout);
        String other = template == Template.T2021 && rng.nextDouble() < 0.4 ? prose.pick("other.2021") : prose.pick("other");
        sb.append(other).append('\n');
        if (layout.signature()) {
            sb.append('\n').append(agency.signatureName()).append("\n\n");
            if (published != null) sb.append(chineseDate(published)).append('\n');
            if (rng.nextBoolean()) sb.append("\n（此件主动公开）\n");
        }
        return sb.toString();
    }

    static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static void heading(StringBuilder sb, Section section, Layout layout) {
        String title = section == Section.PROBLEMS && layout.arabicFive() ? "5、 存在的主要问题及改进情况" : section.title();
        sb.append(title).append(layout.cells() ? "\n" : "\n\n");
    }

    private static String intro(Agency agency, int year, Template template, RandomGenerator rng) {
        String notice = template == Template.T2019 ? "国办公开办函〔2019〕60号" : "国办公开办函〔2021〕30号";
        StringBuilder sb = new StringBuilder();
        sb.append("本报告依据《中华人民共和国政府信息公开条例》（国务院令第711号）和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（")
                .append(notice).append("）要求，由").append(agency.name()).append("编制。");
        sb.append(rng.nextBoolean()
                ? "本年度报告中所列数据的统计期限自" + year + "年1月1日起至" + year + "年12月31日止。"
                : "本报告中所列数据的统计时限为" + year + "年1月1日至" + year + "年12月31日。");
        sb.append("全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。");
        if (rng.nextBoolean()) {
            sb.append("\n如对本报告有任何疑问，请与").append(agency.name()).append("联系（电话：0")
                    .append(100 + rng.nextInt(900)).append('-').append(1_000_000 + rng.nextInt(9_000_000)).append("）。");
        }
        return sb.toString();
    }

    private static void overview(StringBuilder sb, Layout layout, ProseWriter prose, RandomGenerator rng) {
        if (rng.nextDouble() < 0.7) paragraph(sb, prose.paragraph("general"), layout, rng);
        boolean alternative = rng.nextDouble() < 0.25;
        boolean halfWidth = rng.nextBoolean();
        for (int i = 0; i < SUBSECTIONS.length; i++) {
            String[] sub = SUBSECTIONS[i];
            String head = halfWidth ? "(" + ORDINALS[i] + ") " : "（" + ORDINALS[i] + "）";
            head += alternative ? sub[1] : sub[0];
            String body = rng.nextDouble() < 0.4 ? prose.points(sub[2]) : prose.paragraph(sub[2]);
            if (layout.inlineHeadings()) paragraph(sb, head + "。" + body, layout, rng);
            else {
                sb.append(head).append(layout.cells() ? "\n" : "\n\n");
                paragraph(sb, body, layout, rng);
            }
        }
    }

    private static void problems(StringBuilder sb, int year, ProseWriter prose, RandomGenerator rng) {
        String problems = prose.pick("problem.lead") + "。" + prose.points("problem");
        String improve = prose.pick("improve.lead") + "，" + prose.points("improve");
        if (rng.nextBoolean()) {
            sb.append("（一）存在的主要问题\n\n").append(problems).append("\n\n");
            sb.append(rng.nextBoolean() ? "（二）改进情况\n\n" : "（二）改进措施\n\n").append(improve).append("\n\n");
        } else {
            sb.append(year).append("年，").append(problems).append("\n\n").append(improve).append("\n\n");
        }
    }

    /** A paragraph; now and then a page break splits it, leaving a blank line mid-sentence (licheng). */
    private static void paragraph(StringBuilder sb, String text, Layout layout, RandomGenerator rng) {
        if (text.length() > 40 && rng.nextDouble() < 0.08) {
            int cut = 10 + rng.nextInt(text.length() - 20);
            while (cut < text.length() - 1 && (Character.isDigit(text.charAt(cut)) || Character.isDigit(text.charAt(cut - 1)))) cut++;
            text = text.substring(0, cut) + "\n\n" + text.substring(cut);
        }
        sb.append(text).append(layout.cells() ? "\n" : "\n\n");
    }
}
