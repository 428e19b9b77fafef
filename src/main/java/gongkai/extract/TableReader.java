package gongkai.extract;

import gongkai.report.Check;
import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;
import gongkai.report.Template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the three standard tables of a report's text into figures, following the figure
 * dictionary: blank is not zero, blanks forced by a rule are 0 and listed as inferred, money
 * in yuan for {@code _yuan} keys, every consistency check reported. A cell that cannot be
 * placed with certainty stays missing, with a warning naming it and why.
 *
 * <p>Thread-safe: holds only immutable patterns and stateless helpers.
 */
public final class TableReader {

    private final FigureCatalog catalog;
    private final TemplateDetector detector = new TemplateDetector();
    private final RowLabels labels = new RowLabels();
    private final TableLocator locator = new TableLocator();
    private final ConsistencyRules rules = new ConsistencyRules();

    public TableReader(FigureCatalog catalog) {
        this.catalog = catalog;
    }

    public TableResult read(String text) {
        if (text == null || text.isBlank()) return TableResult.none(List.of("tables: the text is empty; no figures read"));
        List<String> warnings = new ArrayList<>();
        Template template = detector.detect(text, warnings);
        if (template == null) return TableResult.none(warnings);

        Map<String, BigDecimal> read = new HashMap<>();
        Set<String> blanks = new HashSet<>();
        RowSink sink = new RowSink(read, blanks, warnings);
        locator.read(text, template, labels, sink);

        List<String> inferred = rules.inferBlanks(template, read, blanks);
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (FigureKey k : catalog.of(template)) {
            BigDecimal v = read.get(k.key());
            if (v != null) figures.put(k.key(), v);
            else missing.add(k.key());
        }
        List<Check> checks = rules.check(template, figures);
        return new TableResult(template, java.util.Collections.unmodifiableMap(figures), List.copyOf(missing),
                List.copyOf(inferred), List.copyOf(checks), List.copyOf(warnings));
    }

    /** Where the locator puts what it read: values, blanks and warnings. */
    record RowSink(Map<String, BigDecimal> values, Set<String> blanks, List<String> warnings) {
        void warn(String message) {
            warnings.add("tables: " + message);
        }
    }
}
