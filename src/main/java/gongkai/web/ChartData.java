package gongkai.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * One figure summed and averaged per year or per province over the reports a query matches:
 * what {@code GET /api/chart} returns and the page's chart draws.
 *
 * @param by     {@code year} or {@code province}
 * @param groups one entry per value of {@code by}, years ascending, provinces by number of reports
 */
public record ChartData(String query, String figure, String label, String by, long total, List<Group> groups) {

    /**
     * @param reports matching reports in this group
     * @param count   of those, the reports that have the figure (the rest are missing it, not 0)
     */
    public record Group(String value, long reports, long count, BigDecimal sum, BigDecimal mean,
                        BigDecimal min, BigDecimal max) {
    }
}
