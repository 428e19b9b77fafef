package gongkai.synth;

import gongkai.report.Template;

import java.util.random.RandomGenerator;

/**
 * How one synthetic report is laid out. Every choice copies a layout one of the seed reports
 * (samples/seeds) really shows, so the corpus exercises the extractor on what it meets:
 * tab-separated rows (luoyang, licheng, pinghu) or one cell per line (lishui, yichun), split
 * headers, units in cells or in headers, label lines broken by a page break, blank cells.
 *
 * @param cells          true: one cell per line (lishui, yichun); false: tab-separated rows
 * @param rowStyle       tab layouts only: whose row labels and header table 3 copies
 * @param appealHeader   tab layouts only: how table 4's header is printed
 * @param amountUnit     where the procurement amount's unit is printed (2019 template)
 * @param blankReview    table 4's 行政复议 cells are blank (luoyang): the five review figures are missing
 * @param pageBreakLabel a page break splits the last label of 不予处理 (luoyang)
 * @param bookmark       a Word bookmark artefact precedes the procurement count (lishui)
 * @param paddedCells    cell layouts: values carry stray spaces, " 0" and "0 " (lishui, yichun)
 * @param brokenHeaders  cell layouts: 本年新制作数量 broken inside its cell (lishui)
 * @param dashes         a row of dashes closes table 2 (luoyang)
 * @param title          0 to 3: the title style of luoyang, lishui, licheng or pinghu; 4: no title (yichun)
 * @param intro          an opening paragraph citing the regulation (licheng, yichun)
 * @param docNo          a 文号 line above the title (licheng)
 * @param signature      the agency's name and a date at the end (licheng)
 * @param inlineHeadings subsection headings run into their paragraph (pinghu) rather than on a line
 * @param arabicFive     part five headed 5、 instead of 五、 (lishui)
 */
public record Layout(boolean cells, RowStyle rowStyle, AppealHeader appealHeader, AmountUnit amountUnit,
                     boolean blankReview, boolean pageBreakLabel, boolean bookmark, boolean paddedCells,
                     boolean brokenHeaders, boolean dashes, int title, boolean intro, boolean docNo,
                     boolean signature, boolean inlineHeadings, boolean arabicFive) {

    /** Whose table-3 rows a tab layout copies. */
    public enum RowStyle { LUOYANG, LICHENG, PINGHU }

    /** Table 4's header in a tab layout: 结果维持 (pinghu), 结果 维持 (luoyang), 结 果 / 维 持 (licheng). */
    public enum AppealHeader { PLAIN, SPACED, SPLIT }

    /** The procurement amount: 61.8 under 采购总金额（单位:万元） (luoyang), 179411 元 (licheng), 486690元 (yichun). */
    public enum AmountUnit { WAN_HEADER, YUAN_SPACED, YUAN }

    /** Share of luoyang-style tables (tab rows, spaced header) whose review cells are blank: about 2% of reports. */
    static final double BLANK_REVIEW_SHARE = 0.1;

    static Layout draw(Template template, RandomGenerator rng) {
        boolean cells = rng.nextDouble() < 0.4;
        RowStyle rowStyle = RowStyle.values()[rng.nextInt(3)];
        AppealHeader appeal = AppealHeader.values()[rng.nextInt(3)];
        AmountUnit unit = AmountUnit.values()[rng.nextInt(3)];
        // Only the luoyang table shows blank review cells, under its spaced header.
        boolean blankReview = !cells && appeal == AppealHeader.SPACED && rng.nextDouble() < BLANK_REVIEW_SHARE;
        boolean pageBreak = !cells && rowStyle == RowStyle.LUOYANG && rng.nextDouble() < 0.3;
        int title = rng.nextInt(5);
        boolean intro = title == 4 || rng.nextDouble() < 0.35;
        return new Layout(cells, rowStyle, appeal, unit, blankReview, pageBreak,
                cells && rng.nextDouble() < 0.05, cells && rng.nextDouble() < 0.6, cells && rng.nextDouble() < 0.5,
                !cells && unit == AmountUnit.WAN_HEADER && rng.nextDouble() < 0.5,
                title, intro, rng.nextDouble() < 0.2, rng.nextDouble() < 0.4,
                rng.nextDouble() < 0.35, rng.nextDouble() < 0.02);
    }

    /** True when the report prints the procurement amount in 万元. */
    boolean amountInWan() {
        return amountUnit == AmountUnit.WAN_HEADER;
    }

    /** A short description for the ground truth, to find the reports of one layout. */
    String describe() {
        return (cells ? "cells" : "tabs/" + rowStyle.name().toLowerCase() + "/" + appealHeader.name().toLowerCase())
                + "/" + amountUnit.name().toLowerCase()
                + (blankReview ? "/blank-review" : "") + (pageBreakLabel ? "/page-break" : "")
                + (bookmark ? "/bookmark" : "") + (paddedCells ? "/padded" : "") + (brokenHeaders ? "/broken-headers" : "");
    }
}
