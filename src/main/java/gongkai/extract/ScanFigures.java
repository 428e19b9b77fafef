package gongkai.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The consistency rules applied to a scanned table, where OCR, not the agency, is the first
 * suspect of a mismatch. A cell OCR could not read with confidence is settled by the rules when
 * they force its value: every rule whose other inputs are read gives the same value, and either
 * two rules agree or the value is the digits OCR seemed to read; or its seeming digits are kept
 * when a row's and a column's rules both hold with them ({@link #confirm}). Every figure of a rule the
 * table still fails is withheld: one of them was misread, and which one is not known.
 */
final class ScanFigures {

    private final List<ConsistencyRules.Rule> rules;

    ScanFigures(List<ConsistencyRules.Rule> rules) {
        this.rules = rules;
    }

    /**
     * Settles unclear cells that the rules force, adding them to {@code figures}.
     *
     * @param unclear key to the digits OCR seemed to read ("" when none)
     * @return the keys settled, in order
     */
    List<String> settle(Map<String, BigDecimal> figures, Map<String, String> unclear, List<String> warnings) {
        List<String> settled = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, String> e : unclear.entrySet()) {
                String key = e.getKey();
                if (figures.containsKey(key)) continue;
                BigDecimal forced = null;
                List<String> by = new ArrayList<>();
                boolean conflict = false;
                for (ConsistencyRules.Rule rule : rules) {
                    BigDecimal v = forcedBy(rule, key, figures);
                    if (v == null) continue;
                    if (forced != null && forced.compareTo(v) != 0) conflict = true;
                    forced = v;
                    by.add(rule.name());
                }
                if (forced == null || conflict || forced.signum() < 0) continue;
                boolean seemed = !e.getValue().isEmpty() && new BigDecimal(e.getValue()).compareTo(forced) == 0;
                if (by.size() < 2 && !seemed) continue;
                figures.put(key, forced);
                settled.add(key);
                warnings.add("tables: " + key + ": the scan's cell was unclear" + (e.getValue().isEmpty() ? "" : " (read as " + e.getValue() + ")")
                        + "; " + forced.toPlainString() + " is what " + String.join(" and ", by) + " require");
                changed = true;
            }
        }
        return settled;
    }

    /**
     * Keeps the digits of unclear cells that the table confirms: with every unclear cell taken as
     * the digits OCR seemed to read, each rule it takes part in holds (or still lacks an input),
     * and at least two of them are complete and hold, one across its row and one down its column
     * in table 3. A misread digit breaks a sum; to be kept it would have to be offset by
     * another misreading in the row and again in the column. A cell in a single rule (table 4's
     * rows) is never kept this way: two misreadings of equal digits, as in a row whose only
     * figure is its total, would cancel out.
     *
     * @return the keys kept, in order
     */
    List<String> confirm(Map<String, BigDecimal> figures, Map<String, String> unclear, List<String> warnings) {
        Map<String, BigDecimal> tentative = new java.util.HashMap<>(figures);
        for (Map.Entry<String, String> e : unclear.entrySet()) {
            if (!figures.containsKey(e.getKey()) && !e.getValue().isEmpty()) tentative.put(e.getKey(), new BigDecimal(e.getValue()));
        }
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, String> e : unclear.entrySet()) {
            String key = e.getKey();
            if (figures.containsKey(key) || e.getValue().isEmpty()) continue;
            List<String> holding = new ArrayList<>();
            boolean fails = false;
            for (ConsistencyRules.Rule rule : rules) {
                if (!rule.inputs().contains(key)) continue;
                Boolean holds = holds(rule, tentative);
                if (holds == null) continue;
                if (!holds) fails = true;
                else holding.add(rule.name());
            }
            if (fails || holding.size() < 2) continue;
            kept.add(key);
            warnings.add("tables: " + key + ": the scan's cell was read as " + e.getValue() + " with low confidence; kept, since "
                    + String.join(" and ", holding) + " hold with it");
        }
        for (String k : kept) figures.put(k, tentative.get(k));
        return kept;
    }

    /** Whether {@code rule} holds in {@code figures}, or null when one of its inputs is missing. */
    private static Boolean holds(ConsistencyRules.Rule rule, Map<String, BigDecimal> figures) {
        BigDecimal left = BigDecimal.ZERO, right = BigDecimal.ZERO;
        for (String k : rule.left()) {
            BigDecimal v = figures.get(k);
            if (v == null) return null;
            left = left.add(v);
        }
        for (String k : rule.right()) {
            BigDecimal v = figures.get(k);
            if (v == null) return null;
            right = right.add(v);
        }
        return left.compareTo(right) == 0;
    }

    /** The value {@code rule} gives {@code key} when every other input is known, else null. */
    private static BigDecimal forcedBy(ConsistencyRules.Rule rule, String key, Map<String, BigDecimal> figures) {
        boolean onLeft = rule.left().contains(key);
        if (!onLeft && !rule.right().contains(key)) return null;
        BigDecimal same = BigDecimal.ZERO, other = BigDecimal.ZERO;
        for (String k : rule.inputs()) {
            if (k.equals(key)) continue;
            BigDecimal v = figures.get(k);
            if (v == null) return null;
            if (rule.left().contains(k) == onLeft) same = same.add(v);
            else other = other.add(v);
        }
        return other.subtract(same);
    }

    /**
     * Removes from {@code figures} every input of a rule the table fails, with a warning for
     * each rule, and drops removed keys from {@code inferred}. A rule fails when it does not add
     * up, or when the known part of one side already exceeds the other. A row's rule counts as
     * failed too when it fails with the digits OCR seemed to read in its unclear cells: either
     * such a cell or one of the figures read with confidence was misread (two readings can agree
     * on 1 where 11 is printed), and which one is not known.
     *
     * @param unclear key to the digits OCR seemed to read ("" when none), as for {@link #settle}
     */
    void withholdFailed(Map<String, BigDecimal> figures, Map<String, String> unclear, List<String> inferred, List<String> warnings) {
        Map<String, BigDecimal> tentative = new java.util.HashMap<>(figures);
        for (Map.Entry<String, String> e : unclear.entrySet()) {
            if (!figures.containsKey(e.getKey()) && !e.getValue().isEmpty()) tentative.put(e.getKey(), new BigDecimal(e.getValue()));
        }
        Set<String> withheld = new LinkedHashSet<>();
        for (ConsistencyRules.Rule rule : rules) {
            boolean failsAsRead = contradicts(rule, figures);
            if (!failsAsRead && !(acrossARow(rule) && contradicts(rule, tentative))) continue;
            Map<String, BigDecimal> values = failsAsRead ? figures : tentative;
            BigDecimal left = ConsistencyRules.sum(rule.left(), values), right = ConsistencyRules.sum(rule.right(), values);
            withheld.addAll(rule.inputs());
            List<String> seemed = failsAsRead ? List.of() : rule.inputs().stream().filter(k -> !figures.containsKey(k)).toList();
            warnings.add("tables: " + TableLocator.keysOf(rule.inputs()) + " withheld: the scan's table fails "
                    + rule.name() + " (" + left.toPlainString() + " ≠ " + right.toPlainString() + ")"
                    + (seemed.isEmpty() ? "" : " with the unclear " + String.join(", ", seemed) + " as OCR seemed to read")
                    + ", so one of them was misread");
        }
        for (String k : withheld) figures.remove(k);
        inferred.removeAll(withheld);
    }

    /**
     * Whether the rule adds up one row of a table (its few cells and their total), not a column:
     * a row is what is withheld when only an unclear cell's seeming digits break it, so that
     * one unclear cell costs its row and not a column of twenty.
     */
    private static boolean acrossARow(ConsistencyRules.Rule rule) {
        return !rule.name().startsWith("apply.results.") && !rule.name().startsWith("apply.balance.");
    }

    /**
     * Whether {@code figures} contradict {@code rule}: it is complete and fails, or one side is
     * complete and the known part of the other already exceeds it (counts are never negative,
     * so a total read as 154 beside a part read as 447 is wrong whatever the missing cells hold).
     */
    private static boolean contradicts(ConsistencyRules.Rule rule, Map<String, BigDecimal> figures) {
        boolean leftComplete = figures.keySet().containsAll(rule.left()), rightComplete = figures.keySet().containsAll(rule.right());
        BigDecimal left = ConsistencyRules.sum(rule.left(), figures), right = ConsistencyRules.sum(rule.right(), figures);
        if (leftComplete && rightComplete) return left.compareTo(right) != 0;
        return (leftComplete && right.compareTo(left) > 0) || (rightComplete && left.compareTo(right) > 0);
    }
}
