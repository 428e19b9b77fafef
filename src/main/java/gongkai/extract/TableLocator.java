package gongkai.extract;

import gongkai.report.FigureCatalog;
import gongkai.report.Template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the three tables in a report's text and reads their rows: each row by its label, in
 * table order, its cells being whatever follows the label up to the next word.
 */
final class TableLocator {

    /** 第二十条第（一）项: the first header of table 2. */
    private static final RowLabel TABLE2 = new RowLabel(0, List.<String[]>of(new String[]{"第", "二", "十", "条", "第", "（(", "一", ")）"}));
    private static final RowLabel REVIEW = RowLabel.of(0, "行政复议");
    private static final Pattern AFTER_REVIEW_SUIT = Pattern.compile("复[ \\u3000]*议[ \\u3000]*后[ \\u3000]*起[ \\u3000]*诉");
    private static final Pattern DIRECT_SUIT = Pattern.compile("直[ \\u3000]*接[ \\u3000]*起[ \\u3000]*诉");
    private static final Pattern WAN = Pattern.compile("万[ \\u3000]*元");
    private static final Pattern YUAN_HEADER = Pattern.compile("(?:单位|[（(])[:：]?[ \\u3000]*元");
    /** No table is longer than this: bounds every search on huge or broken text. */
    private static final int TABLE_SPAN = 30_000;
    private static final int APPEALS_SPAN = 4_000;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final RowCells rowCells = new RowCells();
    private final CellPlacer placer = new CellPlacer();
    private final ColumnGrid grid = new ColumnGrid();

    void read(String text, Template template, RowLabels labels, TableReader.RowSink sink) {
        int len = text.length();
        int t2Start = Math.max(0, find(TABLE2, text, 0, Math.min(len, TemplateDetector.SCAN_LIMIT)));
        List<RowSpec> rows3 = labels.table3(template);
        RowLabel.Match first3 = rows3.get(0).label().find(text, t2Start, Math.min(len, t2Start + 2 * TABLE_SPAN));
        int t3Start = first3 != null ? first3.start() : -1;
        int t2End = t3Start >= 0 ? t3Start : Math.min(len, t2Start + TABLE_SPAN);

        int[] t2 = readRows(text, labels.table2(template), t2Start, t2End, sink, -1);
        if (t3Start < 0) {
            sink.warn("table 3 (收到和处理政府信息公开申请情况) not found");
            readAppeals(text, Math.max(t2[1], t2Start), sink);
            return;
        }
        int review = find(REVIEW, text, t3Start, Math.min(len, t3Start + TABLE_SPAN));
        int t3End = review >= 0 ? review : Math.min(len, t3Start + TABLE_SPAN);
        readRows(text, rows3, t3Start, t3End, sink, grid.dataColumn(text, t3Start));
        if (template == Template.T2021 && text.indexOf("其他处理", t3Start, t3End) >= 0
                && text.indexOf("申请人", t3Start, t3End) < 0) {
            sink.warn("table 3 prints one （六）其他处理 row, as the 2019 template does: "
                    + "the 2021 template's apply.other.no_correction, .no_fee and .other are not in it");
        }
        if (t3End < len) readAppeals(text, t3End, sink);
        else sink.warn("table 4 (行政复议、行政诉讼) not found");
    }

    /** Where {@code label} first matches in [from, to), or -1. */
    private static int find(RowLabel label, String text, int from, int to) {
        RowLabel.Match m = label.find(text, from, to);
        return m == null ? -1 : m.start();
    }

    /**
     * Reads rows in table order between {@code from} and {@code to}.
     *
     * @return the start of the first row found and the end of the last label found
     */
    private int[] readRows(String text, List<RowSpec> rows, int from, int to, TableReader.RowSink sink,
                           int dataColumn) {
        int n = rows.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        int pos = from;
        int firstStart = -1, lastEnd = from;
        for (int i = 0; i < n; i++) {
            RowLabel label = rows.get(i).label();
            RowLabel.Match m = label.find(text, pos, to);
            if (m == null) {
                // Text converted from PDF may put a row before the rows it follows in print.
                m = label.find(text, from, pos);
            }
            if (m == null) {
                starts[i] = -1;
                continue;
            }
            starts[i] = m.start();
            ends[i] = RowLabels.restEnd(text, m.end(), to);
            if (m.end() > pos) pos = m.end();
            if (firstStart < 0) firstStart = starts[i];
            lastEnd = Math.max(lastEnd, ends[i]);
        }
        for (int i = 0; i < n; i++) {
            RowSpec row = rows.get(i);
            if (starts[i] < 0) {
                sink.warn(row.name() + " not read: its label was not found");
                continue;
            }
            // a row's cells end where the next label in the text begins, whichever row it is
            int valueEnd = to;
            for (int j = 0; j < n; j++) {
                if (j != i && starts[j] > starts[i] && starts[j] < valueEnd) valueEnd = starts[j];
            }
            if (valueEnd < ends[i]) valueEnd = ends[i];
            CellPlacer.Placement p = placeRow(text, row, ends[i], valueEnd);
            if (p.cells() == null && p.candidates().isEmpty() && dataColumn >= 0) {
                List<CellValue> byColumn = grid.cells(text, starts[i], dataColumn);
                if (byColumn != null) p = new CellPlacer.Placement(byColumn, null);
            }
            if (p.cells() == null) {
                if (row.rowTotal() && !p.candidates().isEmpty()) sink.ambiguous().add(new TableReader.Ambiguous(row.keys(), p.candidates(), p.problem()));
                else sink.warn(keysOf(row) + " not read: " + p.problem());
                continue;
            }
            int prevEnd = i > 0 && starts[i - 1] >= 0 ? ends[i - 1] : from;
            store(row.keys(), p.cells(), sink, text.substring(Math.min(prevEnd, starts[i]), starts[i]));
        }
        return new int[]{firstStart, lastEnd};
    }

    /**
     * Places a row's cells; where the label's first appearance is a heading with the cells
     * on a later line of their own (沭阳: {@code ### 一、本年新收…} above the markdown row that
     * repeats the label), the label's next appearance before the next row is tried too.
     */
    private CellPlacer.Placement placeRow(String text, RowSpec row, int from, int to) {
        CellPlacer.Placement p = placer.place(rowCells.read(text, from, to, true), row.keys().size(), row.rowTotal() ? 7 : 0);
        for (int tries = 0; p.cells() == null && p.candidates().isEmpty() && tries < 3; tries++) {
            RowLabel.Match again = row.label().find(text, from, to);
            if (again == null) break;
            from = RowLabels.restEnd(text, again.end(), to);
            CellPlacer.Placement retry = placer.place(rowCells.read(text, from, to, true), row.keys().size(), row.rowTotal() ? 7 : 0);
            if (retry.cells() != null || !retry.candidates().isEmpty()) p = retry;
        }
        return p;
    }

    /** Table 4: a single row of 15 cells after the last header word. */
    private void readAppeals(String text, int from, TableReader.RowSink sink) {
        int to = Math.min(text.length(), from + APPEALS_SPAN);
        Matcher h = AFTER_REVIEW_SUIT.matcher(text);
        h.region(from, to);
        int headerEnd = h.find() ? h.end() : from;
        int digit = firstDigit(text, headerEnd, to);
        List<String> keys = new ArrayList<>();
        for (String p : FigureCatalog.APPEAL_PREFIXES) {
            for (String s : FigureCatalog.APPEAL_SUFFIXES) keys.add(p + "." + s);
        }
        if (digit < 0) {
            sink.warn("review.* and suit_*.* not read: no cells after the table 4 headers");
            return;
        }
        CellPlacer.Placement p = placer.place(rowCells.read(text, rowStart(text, headerEnd, digit), to, false), keys.size(), 5);
        if (p.cells() == null) {
            List<CellValue> separate = readAppealGroups(text, from, to);
            if (separate == null) {
                sink.warn("review.* and suit_*.* not read: " + p.problem());
                return;
            }
            p = new CellPlacer.Placement(separate, null);
        }
        store(keys, p.cells(), sink, "");
    }

    /** Where a row's cells begin: after the last word before its first digit, or at its line's start. */
    private static int rowStart(String text, int floor, int digit) {
        int start = digit;
        while (start > floor && !isWord(text.charAt(start - 1)) && text.charAt(start - 1) != '\n') start--;
        return start;
    }

    /**
     * Table 4 printed as three small tables, one per group (复议, 直接起诉, 复议后起诉), each
     * with its own five cells. All three must read, or none is taken.
     */
    private List<CellValue> readAppealGroups(String text, int from, int to) {
        Matcher direct = DIRECT_SUIT.matcher(text);
        direct.region(from, to);
        if (!direct.find()) return null;
        Matcher after = AFTER_REVIEW_SUIT.matcher(text);
        after.region(direct.end(), to);
        if (!after.find()) return null;
        int[][] groups = {{from, direct.start()}, {direct.end(), after.start()}, {after.end(), to}};
        List<CellValue> out = new ArrayList<>(15);
        for (int[] g : groups) {
            int digit = firstDigit(text, g[0], g[1]);
            if (digit < 0) return null;
            CellPlacer.Placement p = placer.place(rowCells.read(text, rowStart(text, g[0], digit), g[1], false), 5, 5);
            if (p.cells() == null) return null;
            out.addAll(p.cells());
        }
        return out;
    }

    private static int firstDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) return i;
        }
        return -1;
    }

    private static boolean isWord(char c) {
        return c >= 0x2E80 || Character.isLetter(c);
    }

    /** Records a placed row; {@code header} is the text before the row's label, for money units. */
    private static void store(List<String> keys, List<CellValue> cells, TableReader.RowSink sink, String header) {
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            CellValue c = cells.get(i);
            if (c.kind() == CellValue.Kind.UNREAD) {
                String seemed = c.runs().isEmpty() ? null : c.runs().get(0);
                sink.unread().put(key, seemed == null ? "" : seemed);
                sink.warn(key + " not read: the scan's cell " + (seemed == null
                        ? "did not read as a figure" : "read as " + seemed + " with low confidence"));
                continue;
            }
            if (c.kind() != CellValue.Kind.NUMBER) {
                sink.blanks().add(key);
                continue;
            }
            BigDecimal v = c.value();
            if (key.endsWith("_yuan")) v = toYuan(key, v, c.unit(), header, sink);
            else if (key.endsWith("_wan")) v = toWan(key, v, c.unit(), sink);
            if (v != null) sink.values().put(key, v);
        }
    }

    private static BigDecimal toYuan(String key, BigDecimal v, String cellUnit, String header, TableReader.RowSink sink) {
        if ("元".equals(cellUnit)) return v;
        if ("万元".equals(cellUnit) || WAN.matcher(header).find()) return v.multiply(TEN_THOUSAND);
        if (YUAN_HEADER.matcher(header).find()) return v;
        // No unit printed: a sum with fen (two decimals) or in the tens of thousands reads as yuan.
        if (v.scale() == 2 || v.compareTo(TEN_THOUSAND) >= 0) {
            sink.warn(key + ": no unit printed; " + v.toPlainString() + " taken as yuan");
            return v;
        }
        sink.warn(key + " not read: no unit printed and " + v.toPlainString() + " could be yuan or 万元");
        return null;
    }

    private static BigDecimal toWan(String key, BigDecimal v, String cellUnit, TableReader.RowSink sink) {
        if (!"元".equals(cellUnit)) return v;
        sink.warn(key + ": printed in yuan; converted to 万元");
        return v.divide(TEN_THOUSAND);
    }

    static String keysOf(RowSpec row) {
        return keysOf(row.keys());
    }

    static String keysOf(List<String> k) {
        return k.size() == 1 ? k.get(0) : k.get(0) + " … " + k.get(k.size() - 1);
    }
}
