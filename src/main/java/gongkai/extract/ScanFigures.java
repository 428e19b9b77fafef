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
 * two rules agree or the value is the digits OCR seemed to read. Every figure of a rule the
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
     * each rule, and drops removed keys from {@code inferred}.
     */
    void withholdFailed(Map<String, BigDecimal> figures, List<String> inferred, List<String> warnings) {
        Set<String> withheld = new LinkedHashSet<>();
        for (ConsistencyRules.Rule rule : rules) {
            BigDecimal left = BigDecimal.ZERO, right = BigDecimal.ZERO;
            boolean complete = true;
            for (String k : rule.left()) {
                BigDecimal v = figures.get(k);
                if (v == null) complete = false;
                else left = left.add(v);
            }
            for (String k : rule.right()) {
                BigDecimal v = figures.get(k);
                if (v == null) complete = false;
                else right = right.add(v);
            }
            if (!complete || left.compareTo(right) == 0) continue;
            withheld.addAll(rule.inputs());
            warnings.add("tables: " + TableLocator.keysOf(rule.inputs()) + " withheld: the scan's table fails "
                    + rule.name() + " (" + left.toPlainString() + " ≠ " + right.toPlainString() + "), so one of them was misread");
        }
        for (String k : withheld) figures.remove(k);
        inferred.removeAll(withheld);
    }
}
