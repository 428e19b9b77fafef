package gongkai.extract;

import java.util.List;

/**
 * One row of a standard table: the label that finds it and the figure keys of its cells.
 *
 * @param name      the row's name in warnings, e.g. {@code apply.granted}
 * @param label     finds the distinctive core of the row's label
 * @param keys      the figure keys of its cells, in print order
 * @param rowTotal  true when the last cell is the total of the others (table 3 rows):
 *                  the rule that lets glued digit runs be split
 */
record RowSpec(String name, RowLabel label, List<String> keys, boolean rowTotal) {
}
