package gongkai.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The outcome of one consistency check (勾稽关系), e.g. {@code apply.balance.total}:
 * {@code new + carried_in = total + carried_out}; or of a prose-against-table check
 * ({@code text.<key>}), where the left side is the figure the report's prose states and the
 * right side the table's.
 *
 * @param rule      rule name from the dictionary, e.g. {@code apply.columns.new}
 * @param ok        whether both sides agree
 * @param left      the left-hand side as computed from the report's figures
 * @param right     the right-hand side as computed from the report's figures
 * @param inputs    every figure the rule read, key to value, in the order the rule names them
 * @param sentence  for a {@code text.*} rule, the sentence of the prose that states the figure;
 *                  null for the rules of the tables' own arithmetic
 */
public record Check(String rule, boolean ok, BigDecimal left, BigDecimal right,
                    Map<String, BigDecimal> inputs, String sentence) {

    /** A check of the tables' own figures, which quotes no sentence. */
    public Check(String rule, boolean ok, BigDecimal left, BigDecimal right, Map<String, BigDecimal> inputs) {
        this(rule, ok, left, right, inputs, null);
    }
}
