package gongkai.extract;

import gongkai.report.Check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prose against table: each figure the prose states ({@link ProseFigures}) compared with the
 * table's figure of the same key, as rule {@code text.<key>}, the sentence quoted in the check.
 * A stated figure whose key the tables do not hold is not compared.
 */
final class ProseChecks {

    private final ProseFigures prose;

    ProseChecks(ProseFigures prose) {
        this.prose = prose;
    }

    /** One check for each figure the prose states and the tables hold, in the order of the text. */
    List<Check> check(String text, String format, Integer year, Map<String, BigDecimal> figures) {
        if (figures.isEmpty()) return List.of();
        List<Check> checks = new ArrayList<>();
        for (ProseFigures.Claim c : prose.read(text, format, year)) {
            BigDecimal table = figures.get(c.key());
            if (table == null) continue;
            checks.add(new Check(ProseFigures.RULE_PREFIX + c.key(), c.value().compareTo(table) == 0,
                    c.value(), table, Map.of(c.key(), table), c.sentence()));
        }
        return checks;
    }
}
