package gongkai.history;

import gongkai.report.Check;
import gongkai.report.FigureCatalog;
import gongkai.report.Report;
import gongkai.report.Template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checks across reports of the figure dictionary ("Checks across reports"): what one
 * year's report carries over must be what the next year's report takes in.
 *
 * <ul>
 *   <li>{@code cross_year.carried.<column>}: this year's {@code apply.carried_in.<column>} =
 *       last year's {@code apply.carried_out.<column>}, for each of the 7 columns;</li>
 *   <li>{@code cross_year.rules.in_force}, {@code cross_year.normative.in_force}: both years on
 *       the 2021 template, this year's {@code in_force} = last year's {@code in_force} + this
 *       year's {@code issued} − this year's {@code repealed}.</li>
 * </ul>
 *
 * <p>The checks belong to the later report. A check's inputs name last year's figures with the
 * prefix {@value #PREVIOUS}, e.g. {@code previous.apply.carried_out.total}, so that both cells
 * can be shown. As with a table's own checks, a rule is checked only where all its inputs were
 * read; and the two reports must be the same agency ({@link Report#agencyId()}, never null) in
 * consecutive years, or there is nothing to compare. Stateless and thread-safe.
 */
public final class CrossYearChecks {

    /** The prefix of last year's figures among a check's inputs. */
    public static final String PREVIOUS = "previous.";

    private static final List<String> IN_FORCE_PREFIXES = List.of("rules", "normative");

    /** The cross-year checks of {@code current} against its agency's report of the year before. */
    public List<Check> check(Report previousYear, Report current) {
        if (!consecutiveYearsOfOneAgency(previousYear, current)) {
            return List.of();
        }
        List<Check> checks = new ArrayList<>();
        for (String column : FigureCatalog.APPLY_COLUMNS) {
            carried(previousYear, current, column, checks);
        }
        if (previousYear.template() == Template.T2021 && current.template() == Template.T2021) {
            for (String prefix : IN_FORCE_PREFIXES) {
                inForce(previousYear, current, prefix, checks);
            }
        }
        return List.copyOf(checks);
    }

    /** Same agency id (known), both years known, one year apart. */
    static boolean consecutiveYearsOfOneAgency(Report previousYear, Report current) {
        return previousYear != null && current != null
                && current.agencyId() != null && Objects.equals(current.agencyId(), previousYear.agencyId())
                && current.year() != null && previousYear.year() != null
                && previousYear.year() + 1 == current.year();
    }

    private static void carried(Report previousYear, Report current, String column, List<Check> out) {
        String inKey = "apply.carried_in." + column;
        String outKey = "apply.carried_out." + column;
        BigDecimal carriedIn = current.figures().get(inKey);
        BigDecimal carriedOut = previousYear.figures().get(outKey);
        if (carriedIn == null || carriedOut == null) {
            return;
        }
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        inputs.put(inKey, carriedIn);
        inputs.put(PREVIOUS + outKey, carriedOut);
        out.add(new Check("cross_year.carried." + column, carriedIn.compareTo(carriedOut) == 0,
                carriedIn, carriedOut, inputs));
    }

    private static void inForce(Report previousYear, Report current, String prefix, List<Check> out) {
        BigDecimal inForce = current.figures().get(prefix + ".in_force");
        BigDecimal before = previousYear.figures().get(prefix + ".in_force");
        BigDecimal issued = current.figures().get(prefix + ".issued");
        BigDecimal repealed = current.figures().get(prefix + ".repealed");
        if (inForce == null || before == null || issued == null || repealed == null) {
            return;
        }
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        inputs.put(prefix + ".in_force", inForce);
        inputs.put(PREVIOUS + prefix + ".in_force", before);
        inputs.put(prefix + ".issued", issued);
        inputs.put(prefix + ".repealed", repealed);
        BigDecimal expected = before.add(issued).subtract(repealed);
        out.add(new Check("cross_year." + prefix + ".in_force", inForce.compareTo(expected) == 0,
                inForce, expected, inputs));
    }
}
