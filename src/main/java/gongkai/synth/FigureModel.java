package gongkai.synth;

import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;
import gongkai.report.Template;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Draws the true figures of one report: plausible, heavy-tailed, and consistent by
 * construction (each table-3 row's applicant columns add up to its total, new + carried in =
 * total + carried out, the result rows add up to the total row, table 4's totals are the sums
 * of their parts). Deliberate inconsistencies are added afterwards by {@link Inconsistency}.
 */
final class FigureModel {

    /** Relative frequency of each result row of table 3, in {@link FigureCatalog#resultRows} order. */
    private static final Map<String, Double> RESULT_WEIGHTS = Map.ofEntries(
            Map.entry("granted", 40.0), Map.entry("partial", 8.0),
            Map.entry("denied.secret", 0.3), Map.entry("denied.law", 0.5), Map.entry("denied.safety", 0.3),
            Map.entry("denied.third_party", 1.0), Map.entry("denied.internal", 1.0), Map.entry("denied.process", 1.5),
            Map.entry("denied.enforcement", 1.0), Map.entry("denied.query", 1.0),
            Map.entry("unable.no_info", 25.0), Map.entry("unable.need_create", 3.0), Map.entry("unable.unclear", 2.0),
            Map.entry("rejected.petition", 2.0), Map.entry("rejected.repeat", 2.0), Map.entry("rejected.publication", 0.5),
            Map.entry("rejected.mass", 0.5), Map.entry("rejected.confirm", 0.5),
            Map.entry("other", 5.0), Map.entry("other.no_correction", 2.5), Map.entry("other.no_fee", 0.5),
            Map.entry("other.other", 2.0));
    /** Relative frequency of each applicant column: most applicants are private persons. */
    private static final double[] COLUMN_WEIGHTS = {85, 8, 0.5, 0.5, 4, 2};
    /** Applications are capped so a single report stays readable. */
    private static final int MAX_APPLICATIONS = 20_000;

    private final FigureCatalog catalog;

    FigureModel(FigureCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The figures of one report, in catalog order.
     *
     * @param amountInWan true when the layout prints the procurement amount in 万元, so the
     *                    amount in yuan must be a whole number of 100 yuan to print exactly
     */
    Map<String, BigDecimal> draw(Agency agency, Template template, boolean amountInWan, RandomGenerator rng) {
        return draw(agency, template, amountInWan, Carry.NONE, rng);
    }

    /**
     * What the agency's report of the year before hands on: the applications it carried out
     * per applicant column (this year's carried in), and its stocks of rules and normative
     * documents in force. Null where there is no such report, or it has no such figure.
     */
    record Carry(long[] carriedIn, Long rulesInForce, Long normativeInForce) {
        static final Carry NONE = new Carry(null, null, null);
    }

    /** The figures of one report that continues last year's: carried-in counts and stocks start where {@code carry} says. */
    Map<String, BigDecimal> draw(Agency agency, Template template, boolean amountInWan, Carry carry, RandomGenerator rng) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, BigDecimal> amounts = new HashMap<>();
        double scale = switch (agency.area().level()) {
            case "省级" -> 1.6;
            case "市级" -> 1.0;
            default -> 0.7;
        };
        AgencyType type = agency.type();
        table2(type, template, scale, amountInWan, carry, rng, counts, amounts);
        table3(type, template, scale, carry, rng, counts);
        table4(counts, rng);
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (FigureKey f : catalog.of(template)) {
            BigDecimal amount = amounts.get(f.key());
            out.put(f.key(), amount != null ? amount : BigDecimal.valueOf(counts.getOrDefault(f.key(), 0L)));
        }
        return out;
    }

    // ---- table 2 -------------------------------------------------------------------------

    private void table2(AgencyType type, Template template, double scale, boolean amountInWan, Carry carry,
                        RandomGenerator rng, Map<String, Long> c, Map<String, BigDecimal> a) {
        boolean government = type == AgencyType.GOVERNMENT;
        long rulesMade = government && scale >= 1.0 && rng.nextDouble() < 0.6 ? rng.nextInt(9) : 0;
        long normativeMade = government ? rng.nextInt(40) : rng.nextDouble() < 0.4 ? rng.nextInt(9) : 0;
        long penalties = rng.nextDouble() < type.penaltyShare() ? Math.max(1, lognormal(rng, type.penaltyMedian() * scale, 1.4)) : 0;
        long licences = type.licenseMedian() > 0 && rng.nextDouble() < 0.7 ? lognormal(rng, type.licenseMedian() * scale, 1.5) : 0;
        long coercion = penalties > 0 && rng.nextDouble() < 0.5 ? Math.round(penalties * rng.nextDouble() * 0.3) : 0;
        c.put("penalty.decisions", penalties);
        c.put("license.decisions", licences);
        c.put("coercion.decisions", coercion);
        if (template == Template.T2019) {
            documents("rules", rulesMade, rng, c);
            documents("normative", normativeMade, rng, c);
            items("license", licences > 0 ? 1 + lognormal(rng, 8, 1.0) : 0, rng, c);
            long services = rng.nextDouble() < 0.15 ? lognormal(rng, 20, 1.2) : 0;
            c.put("other_services.decisions", services);
            items("other_services", services > 0 || rng.nextDouble() < 0.1 ? lognormal(rng, 3, 0.8) : 0, rng, c);
            items("penalty", penalties > 0 ? 1 + lognormal(rng, 30, 1.2) : 0, rng, c);
            items("coercion", coercion > 0 ? 1 + lognormal(rng, 5, 1.0) : 0, rng, c);
            items("fees", rng.nextDouble() < 0.2 ? 1 + rng.nextInt(8) : 0, rng, c);
            long purchases = rng.nextDouble() < 0.6 ? 1 + lognormal(rng, 6 * scale, 1.0) : 0;
            c.put("procurement.items", purchases);
            a.put("procurement.amount_yuan", procurementAmount(purchases, amountInWan, rng));
        } else {
            long rulesBefore = carry.rulesInForce() != null ? carry.rulesInForce()
                    : government && scale >= 1.0 ? rng.nextInt(120) : 0;
            stock("rules", rulesBefore, rulesMade, 6, rng, c);
            long normativeBefore = carry.normativeInForce() != null ? carry.normativeInForce()
                    : normativeMade > 0 || rng.nextDouble() < 0.3 ? rng.nextInt(60) : 0;
            stock("normative", normativeBefore, normativeMade, 10, rng, c);
            a.put("fees.amount_wan", rng.nextDouble() < 0.15
                    ? BigDecimal.valueOf(1 + lognormal(rng, 3000, 1.5), 2) : BigDecimal.ZERO);
        }
    }

    /** 规章/规范性文件 of the 2021 template: the stock in force is last year's plus this year's issued less repealed. */
    private static void stock(String prefix, long before, long issued, int maxRepealed, RandomGenerator rng, Map<String, Long> c) {
        long available = before + issued;
        long repealed = available > 0 && rng.nextDouble() < 0.3 ? rng.nextInt((int) Math.min(available, maxRepealed) + 1) : 0L;
        c.put(prefix + ".issued", issued);
        c.put(prefix + ".repealed", repealed);
        c.put(prefix + ".in_force", available - repealed);
    }

    /** 规章/规范性文件 of the 2019 template: made, published, and all published so far. */
    private static void documents(String prefix, long made, RandomGenerator rng, Map<String, Long> c) {
        long published = made == 0 ? 0 : made - (rng.nextDouble() < 0.1 ? rng.nextInt((int) made + 1) : 0);
        c.put(prefix + ".new_made", made);
        c.put(prefix + ".new_published", published);
        c.put(prefix + ".public_total", published + (made > 0 || rng.nextDouble() < 0.3 ? rng.nextInt(200) : 0));
    }

    /** Items of the 2019 template: last year's number of items and this year's change, which may be negative. */
    private static void items(String prefix, long previous, RandomGenerator rng, Map<String, Long> c) {
        long change = 0;
        if (previous > 0 && rng.nextDouble() < 0.4) {
            change = rng.nextInt(5) - (rng.nextDouble() < 0.3 ? Math.min(previous, rng.nextInt(4)) : 0);
        } else if (rng.nextDouble() < 0.1) {
            change = rng.nextInt(10);
        }
        c.put(prefix + ".prev_items", previous);
        c.put(prefix + ".change", change);
    }

    private static BigDecimal procurementAmount(long purchases, boolean amountInWan, RandomGenerator rng) {
        if (purchases == 0) return BigDecimal.ZERO;
        long yuan = purchases * lognormal(rng, 150_000, 1.2);
        if (amountInWan) return BigDecimal.valueOf(Math.max(1, yuan / 100) * 100);
        // Amounts in yuan sometimes carry fen, as in 197507.33.
        return rng.nextDouble() < 0.3 ? BigDecimal.valueOf(yuan * 100 + rng.nextInt(100), 2) : BigDecimal.valueOf(yuan);
    }

    // ---- table 3 -------------------------------------------------------------------------

    private static void table3(AgencyType type, Template template, double scale, Carry carry, RandomGenerator rng,
                               Map<String, Long> c) {
        List<String> columns = FigureCatalog.APPLY_COLUMNS.subList(0, 6);
        List<String> results = FigureCatalog.resultRows(template);
        double[] resultWeights = results.stream().mapToDouble(RESULT_WEIGHTS::get).toArray();
        long received = rng.nextDouble() < type.applyShare()
                ? Math.min(MAX_APPLICATIONS, Math.max(1, lognormal(rng, type.applyMedian() * scale, 1.2))) : 0;
        long[] fresh = split(received, COLUMN_WEIGHTS, rng);
        boolean hasCarriedIn = received > 0 && rng.nextDouble() < 0.25;
        boolean hasCarriedOut = received > 0 && rng.nextDouble() < 0.3;
        for (int col = 0; col < columns.size(); col++) {
            String column = columns.get(col);
            long in = carry.carriedIn() != null ? carry.carriedIn()[col]
                    : hasCarriedIn ? Math.round(fresh[col] * rng.nextDouble() * 0.15) : 0;
            long out = hasCarriedOut ? Math.round((fresh[col] + in) * rng.nextDouble() * 0.15) : 0;
            long handled = fresh[col] + in - out;
            c.put("apply.new." + column, fresh[col]);
            c.put("apply.carried_in." + column, in);
            c.put("apply.carried_out." + column, out);
            c.put("apply.total." + column, handled);
            long[] byResult = split(handled, resultWeights, rng);
            for (int r = 0; r < results.size(); r++) c.put("apply." + results.get(r) + "." + column, byResult[r]);
        }
        for (String row : FigureCatalog.applyRows(template)) {
            long sum = 0;
            for (String column : columns) sum += c.get("apply." + row + "." + column);
            c.put("apply." + row + ".total", sum);
        }
    }

    // ---- table 4 -------------------------------------------------------------------------

    private static void table4(Map<String, Long> c, RandomGenerator rng) {
        long received = c.get("apply.new.total");
        double chance = Math.min(0.5, received / 40.0);
        appeal("review", rng.nextDouble() < chance ? 1 + lognormal(rng, 1 + received * 0.02, 0.8) : 0, rng, c);
        appeal("suit_direct", rng.nextDouble() < chance * 0.5 ? 1 + lognormal(rng, 1 + received * 0.01, 0.8) : 0, rng, c);
        appeal("suit_after_review", rng.nextDouble() < chance * 0.3 ? 1 + lognormal(rng, 1, 0.6) : 0, rng, c);
    }

    private static void appeal(String prefix, long total, RandomGenerator rng, Map<String, Long> c) {
        long[] parts = split(total, new double[]{60, 15, 15, 10}, rng);
        List<String> suffixes = FigureCatalog.APPEAL_SUFFIXES;
        for (int i = 0; i < 4; i++) c.put(prefix + "." + suffixes.get(i), parts[i]);
        c.put(prefix + ".total", total);
    }

    // ---- sampling ------------------------------------------------------------------------

    /** Splits n items among categories with the given weights: each item drawn independently. */
    static long[] split(long n, double[] weights, RandomGenerator rng) {
        long[] out = new long[weights.length];
        double total = 0;
        for (double w : weights) total += w;
        for (long i = 0; i < n; i++) {
            double x = rng.nextDouble() * total;
            int k = 0;
            while (k < weights.length - 1 && (x -= weights[k]) >= 0) k++;
            out[k]++;
        }
        return out;
    }

    /** A log-normal draw around a median, rounded to a whole count. */
    static long lognormal(RandomGenerator rng, double median, double sigma) {
        if (median <= 0) return 0;
        return Math.round(median * Math.exp(sigma * rng.nextGaussian()));
    }
}
