package gongkai.extract;

import gongkai.report.Check;
import gongkai.report.FigureCatalog;
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

    private final TemplateDetector detector = new TemplateDetector();
    private final RowLabels labels = new RowLabels();
    private final RowLabels scanLabels = new RowLabels(true);
    private final TableLocator locator = new TableLocator();
    private final ConsistencyRules rules = new ConsistencyRules();

    /** Each template's keys in catalog order: the order of figures and missing. */
    private final Map<Template, List<String>> keys = new java.util.EnumMap<>(Template.class);

    public TableReader(FigureCatalog catalog) {
        // keys interned here, in RowLabels and in ConsistencyRules: the same instances everywhere,
        // so the many map look-ups between them end at an identity check instead of comparing text
        for (Template t : Template.values()) keys.put(t, catalog.of(t).stream().map(k -> k.key().intern()).toList());
    }

    public TableResult read(String text) {
        return read(text, false);
    }

    /**
     * @param scanned whether the text came from OCR: its unclear cells may then be settled by the
     *                table's rules, and figures in a rule the table fails are withheld
     */
    public TableResult read(String text, boolean scanned) {
        if (text == null || text.isBlank()) return TableResult.none(List.of("tables: the text is empty; no figures read"));
        List<String> warnings = new ArrayList<>();
        Template template = detector.detect(text, warnings);
        if (template == null) return TableResult.none(warnings);

        // sized for every figure of the template: growing a map from 16 entries rehashes it several times
        int size = keys.get(template).size();
        Map<String, BigDecimal> read = HashMap.newHashMap(size);
        Set<String> blanks = HashSet.newHashSet(size);
        RowSink sink = new RowSink(read, blanks, warnings, new ArrayList<>(), new LinkedHashMap<>());
        locator.read(text, template, scanned ? scanLabels : labels, sink);
        resolveGlued(template, sink);

        List<String> inferred = new ArrayList<>(rules.inferBlanks(template, read, blanks));
        if (scanned) {
            ScanFigures scan = new ScanFigures(rules.of(template));
            inferred.addAll(scan.settle(read, sink.unread(), warnings));
            if (!scan.confirm(read, sink.unread(), warnings).isEmpty()) inferred.addAll(scan.settle(read, sink.unread(), warnings));
            inferred.addAll(rules.inferBlanks(template, read, blanks));
            scan.withholdFailed(read, sink.unread(), inferred, warnings);
        }
        Map<String, BigDecimal> figures = LinkedHashMap.newLinkedHashMap(size);
        List<String> missing = new ArrayList<>();
        for (String k : keys.get(template)) {
            BigDecimal v = read.get(k);
            if (v != null) figures.put(k, v);
            else missing.add(k);
        }
        List<Check> checks = rules.check(template, figures);
        return new TableResult(template, java.util.Collections.unmodifiableMap(figures), List.copyOf(missing),
                List.copyOf(inferred), List.copyOf(checks), List.copyOf(warnings));
    }

    /**
     * Glued rows whose own total allows several splits: the table's column rules
     * ({@code apply.results.*}, {@code apply.balance.*}) choose, if exactly one combination of
     * the rows' splits satisfies them all. Otherwise the rows stay missing, with a warning.
     */
    private void resolveGlued(Template template, RowSink sink) {
        List<Ambiguous> rows = sink.ambiguous();
        if (rows.isEmpty()) return;
        long combos = 1;
        for (Ambiguous a : rows) combos *= a.candidates().size();
        List<ConsistencyRules.Rule> touching = new ArrayList<>();
        for (ConsistencyRules.Rule rule : rules.of(template)) {
            if (rule.name().startsWith("apply.columns.")) continue;
            for (Ambiguous a : rows) {
                if (rule.inputs().stream().anyMatch(a.keys()::contains)) {
                    touching.add(rule);
                    break;
                }
            }
        }
        int[] choice = null;
        int fitting = 0;
        if (combos <= MAX_COMBINATIONS && !touching.isEmpty()) {
            int[] idx = new int[rows.size()];
            for (long c = 0; c < combos && fitting < 2; c++) {
                long rest = c;
                for (int i = 0; i < rows.size(); i++) {
                    int n = rows.get(i).candidates().size();
                    idx[i] = (int) (rest % n);
                    rest /= n;
                }
                if (fits(rows, idx, touching, sink)) {
                    fitting++;
                    choice = idx.clone();
                }
            }
        }
        if (fitting == 1) {
            for (int i = 0; i < rows.size(); i++) {
                Ambiguous a = rows.get(i);
                List<BigDecimal> v = a.candidates().get(choice[i]);
                for (int k = 0; k < a.keys().size(); k++) sink.values().put(a.keys().get(k), v.get(k));
                sink.warn(TableLocator.keysOf(a.keys()) + ": glued digits split by the table's column totals");
            }
            return;
        }
        String why = fitting == 0 ? "no split fits the table's column totals" : "the column totals allow more than one split";
        for (Ambiguous a : rows) sink.warn(TableLocator.keysOf(a.keys()) + " not read: " + a.problem() + "; " + why);
    }

    private static final long MAX_COMBINATIONS = 20_000;

    /** Whether the chosen splits satisfy every column rule whose inputs are then all known. */
    private static boolean fits(List<Ambiguous> rows, int[] idx, List<ConsistencyRules.Rule> touching, RowSink sink) {
        Map<String, BigDecimal> trial = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Ambiguous a = rows.get(i);
            List<BigDecimal> v = a.candidates().get(idx[i]);
            for (int k = 0; k < a.keys().size(); k++) trial.put(a.keys().get(k), v.get(k));
        }
        int applied = 0;
        for (ConsistencyRules.Rule rule : touching) {
            BigDecimal left = BigDecimal.ZERO, right = BigDecimal.ZERO;
            boolean complete = true;
            for (String k : rule.left()) {
                BigDecimal v = trial.containsKey(k) ? trial.get(k) : sink.values().get(k);
                if (v == null) complete = false;
                else left = left.add(v);
            }
            for (String k : rule.right()) {
                BigDecimal v = trial.containsKey(k) ? trial.get(k) : sink.values().get(k);
                if (v == null) complete = false;
                else right = right.add(v);
            }
            if (!complete) continue;
            applied++;
            if (left.compareTo(right) != 0) return false;
        }
        return applied > 0;
    }

    /** A glued row with several splits that its own total allows. */
    record Ambiguous(List<String> keys, List<List<BigDecimal>> candidates, String problem) {
    }

    /**
     * Where the locator puts what it read: values, blanks, warnings, undecided glued rows, and
     * the scanned cells OCR could not read (key to the digits they seemed to hold, or "").
     */
    record RowSink(Map<String, BigDecimal> values, Set<String> blanks, List<String> warnings,
                   List<Ambiguous> ambiguous, Map<String, String> unread) {
        void warn(String message) {
            warnings.add("tables: " + message);
        }
    }
}
