package gongkai.synth;

import gongkai.report.FigureCatalog;
import gongkai.report.Template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Ties a synthetic report to its agency's report of the year before, and breaks the tie on
 * purpose in a known share of reports: the carried-in applications are not what last year
 * carried out (自然人 raised by 1 to 3), or, both years on the 2021 template, the stock of
 * normative documents does not start where last year's ended. The report itself stays
 * consistent (its own sums hold); only the checks across reports can see the break.
 */
final class ChainBreak {

    /** The share of reports with a year before that break the chain on purpose. */
    static final double BREAK_SHARE = 0.05;

    private ChainBreak() {
    }

    /** What this year takes over from last year's figures; {@code broken} lists the rules the break fails. */
    record Link(FigureModel.Carry carry, List<String> broken) {
    }

    static Link link(Map<String, BigDecimal> before, Template beforeTemplate, Template template, RandomGenerator breaks) {
        List<String> columns = FigureCatalog.APPLY_COLUMNS.subList(0, 6);
        long[] carried = new long[columns.size()];
        for (int i = 0; i < carried.length; i++) carried[i] = count(before, "apply.carried_out." + columns.get(i));
        boolean stocks = beforeTemplate == Template.T2021 && template == Template.T2021;
        Long rules = stocks ? count(before, "rules.in_force") : null;
        Long normative = stocks ? count(before, "normative.in_force") : null;
        if (breaks.nextDouble() >= BREAK_SHARE) return new Link(new FigureModel.Carry(carried, rules, normative), List.of());
        int by = 1 + breaks.nextInt(3);
        if (stocks && breaks.nextBoolean()) {
            return new Link(new FigureModel.Carry(carried, rules, normative + by), List.of("cross_year.normative.in_force"));
        }
        carried[0] += by;
        return new Link(new FigureModel.Carry(carried, rules, normative),
                List.of("cross_year.carried.person", "cross_year.carried.total"));
    }

    private static long count(Map<String, BigDecimal> figures, String key) {
        BigDecimal v = figures.get(key);
        return v == null ? 0 : v.longValueExact();
    }
}
