package gongkai.history;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.report.Check;
import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;
import gongkai.report.Report;
import gongkai.report.RuleLabels;
import gongkai.report.Template;
import gongkai.search.SearchEngine;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One agency across the years: its reports by year, every figure as a row across them with
 * the change from the year before, and the checks that tie each report to the one before
 * ({@link CrossYearChecks}). Read through {@link SearchEngine}, so it is the same on every engine.
 */
public final class AgencyHistory {

    /** A report of the agency, as its history lists it. */
    public record Entry(String id, Integer year, String agency, String source) {
    }

    /**
     * One figure across the years: its value per year (null where the report is missing it or
     * has no report that year) and the change from the year before (null unless both are read).
     */
    public record Row(String key, String label, Map<Integer, BigDecimal> values, Map<Integer, BigDecimal> change) {
    }

    /** A check of one report against the report of the year before, with the rule's Chinese label. */
    public record YearCheck(String reportId, int year, Check check, String label) {
    }

    /** The whole view; {@code duplicates} lists reports of a year that already has one (the first by id is used). */
    public record View(String agencyId, List<Entry> reports, List<Integer> years, List<Row> figures,
                       List<YearCheck> checks, List<Entry> duplicates) {
    }

    private final SearchEngine engine;
    private final FigureCatalog catalog;
    private final RuleLabels ruleLabels;
    private final CrossYearChecks crossYear = new CrossYearChecks();

    public AgencyHistory(SearchEngine engine, FigureCatalog catalog) {
        this.engine = engine;
        this.catalog = catalog;
        this.ruleLabels = new RuleLabels(catalog);
    }

    /** The agency's history, or empty when no report has this id. */
    public Optional<View> of(String agencyId) throws IOException {
        TreeMap<Integer, JsonNode> byYear = new TreeMap<>();
        List<Entry> reports = new ArrayList<>(), duplicates = new ArrayList<>();
        String query = "agency_id:=\"" + agencyId.replace("\"", "") + "\"";
        engine.forEachMatch(query, "year", json -> {
            Entry e = new Entry(json.path("id").asText(), json.path("year").isNumber() ? json.path("year").asInt() : null,
                    json.path("agency").asText(null), json.path("source").asText(null));
            if (e.year() == null || byYear.containsKey(e.year())) {
                duplicates.add(e);
            } else {
                byYear.put(e.year(), json);
                reports.add(e);
            }
        });
        if (reports.isEmpty() && duplicates.isEmpty()) return Optional.empty();
        List<Integer> years = new ArrayList<>(byYear.keySet());
        return Optional.of(new View(agencyId, reports, years, rows(byYear), checks(byYear), duplicates));
    }

    /** A row for every figure that at least one year has read, in the catalog's order. */
    private List<Row> rows(TreeMap<Integer, JsonNode> byYear) {
        List<Row> rows = new ArrayList<>();
        for (FigureKey key : catalog.all()) {
            Map<Integer, BigDecimal> values = new LinkedHashMap<>(), change = new LinkedHashMap<>();
            boolean any = false;
            BigDecimal before = null;
            Integer beforeYear = null;
            for (Map.Entry<Integer, JsonNode> y : byYear.entrySet()) {
                JsonNode v = y.getValue().path("figures").path(key.key());
                BigDecimal value = v.isNumber() ? v.decimalValue() : null;
                values.put(y.getKey(), value);
                any |= value != null;
                boolean consecutive = beforeYear != null && beforeYear == y.getKey() - 1;
                change.put(y.getKey(), consecutive && value != null && before != null ? value.subtract(before) : null);
                before = value;
                beforeYear = y.getKey();
            }
            if (any) rows.add(new Row(key.key(), key.label(), values, change));
        }
        return rows;
    }

    /** The checks of each report against the report of the year just before it. */
    private List<YearCheck> checks(TreeMap<Integer, JsonNode> byYear) {
        List<YearCheck> out = new ArrayList<>();
        for (Map.Entry<Integer, JsonNode> y : byYear.entrySet()) {
            JsonNode previous = byYear.get(y.getKey() - 1);
            if (previous == null) continue;
            String id = y.getValue().path("id").asText();
            for (Check c : crossYear.check(figuresOf(previous), figuresOf(y.getValue()))) out.add(new YearCheck(id, y.getKey(), c, ruleLabels.label(c.rule())));
        }
        return out;
    }

    /** What the checks read of a stored report: its agency, year, template and figures. */
    private static Report figuresOf(JsonNode json) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        json.path("figures").properties().forEach(e -> {
            if (e.getValue().isNumber()) figures.put(e.getKey(), e.getValue().decimalValue());
        });
        Template template = Template.fromCode(json.path("template").asText("")).orElse(null);
        return new Report(json.path("source").asText(""), json.path("format").asText(""), json.path("content_hash").asText(""),
                json.path("agency").asText(null), json.path("year").asInt(), null, null, null, null, null, null,
                template, figures, List.of(), List.of(), List.of(), List.of(), Map.of(), "")
                .withAgencyId(json.path("agency_id").asText(null));
    }
}
