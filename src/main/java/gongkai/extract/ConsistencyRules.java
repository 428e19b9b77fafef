package gongkai.extract;

import gongkai.report.Check;
import gongkai.report.FigureCatalog;
import gongkai.report.Template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The consistency rules (勾稽关系) of the dictionary, each "the sum of the left keys equals
 * the sum of the right keys". They fill blanks a rule forces to 0 and report every check
 * whose inputs are all present.
 */
final class ConsistencyRules {

    /** One rule: {@code sum(left) = sum(right)}, every input a count that is never negative. */
    record Rule(String name, List<String> left, List<String> right, List<String> inputs) {
        /** Keys interned, as the table reader's are: look-ups by them end at an identity check. */
        Rule {
            left = left.stream().map(String::intern).toList();
            right = right.stream().map(String::intern).toList();
            inputs = inputs.stream().map(String::intern).toList();
        }

        Rule(String name, List<String> left, List<String> right) {
            this(name, left, right, concat(left, right));
        }

        private static List<String> concat(List<String> left, List<String> right) {
            List<String> all = new ArrayList<>(left);
            all.addAll(right);
            return List.copyOf(all);
        }
    }

    private final List<Rule> rules2019 = rules(Template.T2019);
    private final List<Rule> rules2021 = rules(Template.T2021);

    List<Rule> of(Template t) {
        return t == Template.T2019 ? rules2019 : rules2021;
    }

    private static List<Rule> rules(Template t) {
        List<Rule> rules = new ArrayList<>();
        List<String> cols = FigureCatalog.APPLY_COLUMNS;
        for (String c : cols) {
            rules.add(new Rule("apply.balance." + c,
                    List.of("apply.new." + c, "apply.carried_in." + c),
                    List.of("apply.total." + c, "apply.carried_out." + c)));
        }
        for (String c : cols) {
            rules.add(new Rule("apply.results." + c, List.of("apply.total." + c),
                    FigureCatalog.resultRows(t).stream().map(r -> "apply." + r + "." + c).toList()));
        }
        for (String r : FigureCatalog.applyRows(t)) {
            rules.add(new Rule("apply.columns." + r, List.of("apply." + r + ".total"),
                    cols.subList(0, 6).stream().map(c -> "apply." + r + "." + c).toList()));
        }
        for (String p : FigureCatalog.APPEAL_PREFIXES) {
            rules.add(new Rule(p + ".total", List.of(p + ".total"),
                    FigureCatalog.APPEAL_SUFFIXES.subList(0, 4).stream().map(s -> p + "." + s).toList()));
        }
        return List.copyOf(rules);
    }

    /**
     * Fills blanks forced to 0: where a rule's blanks all sit on one side and the filled
     * cells already balance, the blanks can only be 0, since counts are never negative.
     *
     * @return the keys filled, in the order they were filled
     */
    List<String> inferBlanks(Template t, Map<String, BigDecimal> figures, Set<String> blanks) {
        if (blanks.isEmpty()) return List.of();
        List<String> inferred = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Rule rule : of(t)) {
                List<String> leftBlanks = blanksOf(rule.left(), figures, blanks);
                List<String> rightBlanks = blanksOf(rule.right(), figures, blanks);
                if (leftBlanks == null || rightBlanks == null) continue;
                if (leftBlanks.isEmpty() == rightBlanks.isEmpty()) continue;
                if (sum(rule.left(), figures).compareTo(sum(rule.right(), figures)) != 0) continue;
                for (String k : leftBlanks.isEmpty() ? rightBlanks : leftBlanks) {
                    figures.put(k, BigDecimal.ZERO);
                    blanks.remove(k);
                    inferred.add(k);
                }
                changed = true;
            }
        }
        return inferred;
    }

    /** The rule's blank keys, or null when some input is neither read nor blank. */
    private static List<String> blanksOf(List<String> keys, Map<String, BigDecimal> figures, Set<String> blanks) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            if (figures.containsKey(k)) continue;
            if (!blanks.contains(k)) return null;
            out.add(k);
        }
        return out;
    }

    /** Every check whose inputs are all present, in rule order. */
    List<Check> check(Template t, Map<String, BigDecimal> figures) {
        List<Check> checks = new ArrayList<>();
        BigDecimal[] values = new BigDecimal[0];
        for (Rule rule : of(t)) {
            // each input looked up once, and the map built only for rules that apply
            List<String> keys = rule.inputs();
            int n = keys.size();
            if (values.length < n) values = new BigDecimal[n];
            int found = 0;
            while (found < n && (values[found] = figures.get(keys.get(found))) != null) found++;
            if (found != n) continue;
            Map<String, BigDecimal> inputs = LinkedHashMap.newLinkedHashMap(n);
            BigDecimal left = BigDecimal.ZERO, right = BigDecimal.ZERO;
            int leftSize = rule.left().size();
            for (int i = 0; i < n; i++) {
                inputs.put(keys.get(i), values[i]);
                if (i < leftSize) left = left.add(values[i]);
                else right = right.add(values[i]);
            }
            checks.add(new Check(rule.name(), left.compareTo(right) == 0, left, right, inputs));
        }
        return checks;
    }

    /** The sum of the keys' values that are known; missing ones count 0. */
    static BigDecimal sum(List<String> keys, Map<String, BigDecimal> figures) {
        BigDecimal s = BigDecimal.ZERO;
        for (String k : keys) {
            BigDecimal v = figures.get(k);
            if (v != null) s = s.add(v);
        }
        return s;
    }
}
