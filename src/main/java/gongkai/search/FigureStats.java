package gongkai.search;

import java.math.BigDecimal;

/** Statistics of one figure over every matching report that has it (missing values are not counted). */
public record FigureStats(long count, BigDecimal sum, BigDecimal min, BigDecimal max, BigDecimal mean) {
}
