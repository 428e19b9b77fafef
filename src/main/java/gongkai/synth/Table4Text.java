package gongkai.synth;

import gongkai.report.FigureCatalog;
import gongkai.report.ReportJson;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Prints table 4 (政府信息公开行政复议、行政诉讼情况): a three-line header and one row of 15
 * values, in the header styles of pinghu, luoyang and licheng or one cell per line.
 */
final class Table4Text {

    private static final String[] RESULTS = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};

    private Table4Text() {
    }

    /** Writes the table; a figure absent from {@code f} is printed as a blank cell (luoyang's review cells). */
    static void write(StringBuilder sb, Layout layout, Map<String, BigDecimal> f, RandomGenerator rng) {
        List<String> values = new ArrayList<>();
        for (String prefix : FigureCatalog.APPEAL_PREFIXES) {
            for (String suffix : FigureCatalog.APPEAL_SUFFIXES) {
                BigDecimal v = f.get(prefix + "." + suffix);
                values.add(v == null ? "" : ReportJson.normalise(v).toPlainString());
            }
        }
        if (layout.cells()) {
            writeCells(sb, layout, values, rng);
            return;
        }
        switch (layout.appealHeader()) {
            case PLAIN -> header(sb, RESULTS, "");
            case SPACED -> header(sb, new String[]{"结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计"}, "");
            case SPLIT -> {
                sb.append("行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t\t\n");
                String top = "结 果\t结 果\t其 他\t尚 未\t总 计";
                String bottom = "维 持\t纠 正\t结 果\t审 结\t";
                sb.append(top).append("\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\t\n");
                sb.append("\t\t\t\t\t").append(top).append('\t').append(top).append("\t\n\n");
                sb.append(bottom).append('\t').append(bottom).append('\t').append(bottom).append('\n');
            }
        }
        sb.append(String.join("\t", values)).append("\n\n");
    }

    private static void header(StringBuilder sb, String[] results, String end) {
        String five = String.join("\t", results);
        sb.append("行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t\n");
        sb.append(five).append("\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\n");
        sb.append("\t\t\t\t\t").append(five).append('\t').append(five).append(end).append('\n');
    }

    private static void writeCells(StringBuilder sb, Layout layout, List<String> values, RandomGenerator rng) {
        sb.append("\t行政复议\n\t行政诉讼\n\n");
        for (int i = 0; i < 5; i++) sb.append('\t').append(RESULTS[i]).append('\n');
        sb.append("\t未经复议直接起诉\n\t复议后起诉\n\n");
        sb.append("\t\n".repeat(5));
        for (int k = 0; k < 2; k++) {
            for (String r : RESULTS) sb.append('\t').append(r).append('\n');
        }
        sb.append('\n');
        for (String v : values) {
            boolean pad = layout.paddedCells() && rng.nextDouble() < 0.2;
            sb.append('\t').append(v).append(pad ? " " : "").append('\n');
        }
        sb.append("\n\n\n");
    }
}
