package gongkai.extract;

import gongkai.report.Check;
import gongkai.report.Template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What the three standard tables gave: the template, the figures and their checks. */
public record TableResult(Template template, Map<String, BigDecimal> figures, List<String> missing,
                          List<String> inferred, List<Check> checks, List<String> warnings) {

    public static TableResult none(List<String> warnings) {
        return new TableResult(null, Map.of(), List.of(), List.of(), List.of(), warnings);
    }
}
