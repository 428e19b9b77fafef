package gongkai.history;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.report.FigureCatalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks across two consecutive reports of one agency, as the figure dictionary defines
 * them ("Checks across reports"): what the later report carries in must be what the earlier
 * one carried out, and on the 2021 template the rules and normative documents in force must
 * follow from last year's count and this year's changes. A check whose figures are not all
 * read is not run: it is neither passed nor failed.
 */
public final class YearPairChecks {

    /**
     * One check on the later report. {@code inputs} are the figures taking part, last year's
     * prefixed {@code prev:}.
     */
    public record Result(String rule, String reportId, int year, boolean ok, BigDecimal left, BigDecimal right,
                         Map<String, BigDecimal> inputs) {
    }

    /** The 2021 template's code, as a report's {@code template} names it. */
    static final String TEMPLATE_2021 = "2021";

    public List<Result> check(JsonNode previous, JsonNode current) {
        List<Result> out = new ArrayList<>();
        String id = current.path("id").asText();
        int year = current.path("year").asInt();
        JsonNode was = previous.path("figures"), is = current.path("figures");
        for (String column : FigureCatalog.APPLY_COLUMNS) {
            String in = "apply.carried_in." + column, outKey = "apply.carried_out." + column;
            BigDecimal left = number(is, in), right = number(was, outKey);
            if (left == null || right == null) continue;
            Map<String, BigDecimal> inputs = new LinkedHashMap<>();
            inputs.put(in, left);
            inputs.put("prev:" + outKey, right);
            out.add(new Result("cross_year.carried." + column, id, year, left.compareTo(right) == 0, left, right, inputs));
        }
        if (TEMPLATE_2021.equals(previous.path("template").asText()) && TEMPLATE_2021.equals(current.path("template").asText())) {
            for (String kind : List.of("rules", "normative")) {
                BigDecimal now = number(is, kind + ".in_force"), before = number(was, kind + ".in_force");
                BigDecimal issued = number(is, kind + ".issued"), repealed = number(is, kind + ".repealed");
                if (now == null || before == null || issued == null || repealed == null) continue;
                BigDecimal right = before.add(issued).subtract(repealed);
                Map<String, BigDecimal> inputs = new LinkedHashMap<>();
                inputs.put(kind + ".in_force", now);
                inputs.put("prev:" + kind + ".in_force", before);
                inputs.put(kind + ".issued", issued);
                inputs.put(kind + ".repealed", repealed);
                out.add(new Result("cross_year." + kind + ".in_force", id, year, now.compareTo(right) == 0, now, right, inputs));
            }
        }
        return out;
    }

    private static BigDecimal number(JsonNode figures, String key) {
        JsonNode v = figures.path(key);
        return v.isNumber() ? v.decimalValue() : null;
    }
}
