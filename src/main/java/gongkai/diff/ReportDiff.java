package gongkai.diff;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.ingest.TextNormaliser;
import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;
import gongkai.report.Section;
import gongkai.search.SearchEngine;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed from one report to another: the six parts sentence by sentence, and the three
 * tables side by side with the change of every figure. Any two reports can be compared; two
 * of different agencies are compared all the same and the answer says so. Read through
 * {@link SearchEngine}, so it is the same on every engine.
 */
public final class ReportDiff {

    /** The tables of the national template, by number. */
    static final List<Integer> TABLES = List.of(2, 3, 4);

    /** One of the two reports. */
    public record Side(String id, String agency, String agencyId, Integer year, String source, String template) {
    }

    /** One part compared: how many sentences each side has, and what changed. */
    public record PartDiff(String key, String title, int fromSentences, int toSentences, List<TextDiff.Change> changes) {
    }

    /** One figure side by side; a null value is a cell the report is missing, a null delta needs both. */
    public record FigureDelta(String key, String label, BigDecimal from, BigDecimal to, BigDecimal delta, boolean changed) {
    }

    /** One table side by side: every figure either report read. */
    public record TableDiff(int table, List<FigureDelta> rows) {
    }

    /** Counts of what changed, so an empty diff reads as zeros. */
    public record Summary(int added, int removed, int changed, int figuresChanged) {
    }

    /**
     * The whole answer. {@code sameAgency} is false when the two have different (or unknown)
     * agency ids, and {@code note} then says so; {@code identical} when nothing changed.
     */
    public record Diff(Side from, Side to, boolean sameAgency, String note, boolean identical, Summary summary,
                       List<PartDiff> parts, List<TableDiff> tables) {
    }

    private final SearchEngine engine;
    private final FigureCatalog catalog;
    private final Sentences sentences = new Sentences(new TextNormaliser());
    private final TextDiff text = new TextDiff();

    public ReportDiff(SearchEngine engine, FigureCatalog catalog) {
        this.engine = engine;
        this.catalog = catalog;
    }

    /** {@code from} against {@code to}; throws {@link UnknownReportException} for an id no report has. */
    public Diff between(String fromId, String toId) throws IOException {
        JsonNode to = load(toId);
        JsonNode from = load(fromId);
        return compare(from, to);
    }

    /** {@code to} against its agency's report of the year before. */
    public Diff againstYearBefore(String toId) throws IOException {
        JsonNode to = load(toId);
        String agencyId = to.path("agency_id").asText("");
        if (agencyId.isEmpty() || !to.path("year").isNumber()) {
            throw new UnknownReportException("报告 " + toId + " 没有机关编号或年度，无从找上一年的报告；请给出 from "
                    + "(report " + toId + " has no agency id or year, so there is no year before to find; give from)");
        }
        int year = to.path("year").asInt() - 1;
        String[] previous = {null};
        engine.forEachMatch("agency_id:=\"" + agencyId.replace("\"", "") + "\" year:" + year, "year", json -> {
            String id = json.path("id").asText();
            if (previous[0] == null || id.compareTo(previous[0]) < 0) previous[0] = id;
        });
        if (previous[0] == null) {
            throw new UnknownReportException("机关 " + agencyId + " 没有 " + year + " 年的报告 (agency " + agencyId
                    + " has no report for " + year + ")");
        }
        return compare(load(previous[0]), to);
    }

    private JsonNode load(String id) throws IOException {
        return engine.report(id).orElseThrow(() ->
                new UnknownReportException("没有编号为 " + id + " 的报告 (no report with id " + id + ")"));
    }

    private Diff compare(JsonNode from, JsonNode to) {
        Side a = side(from), b = side(to);
        boolean same = a.agencyId() != null && a.agencyId().equals(b.agencyId());
        String note = same ? null : "两份报告不是同一机关 (the two reports are of different agencies: "
                + label(a) + " and " + label(b) + ")";
        List<PartDiff> parts = new ArrayList<>();
        int added = 0, removed = 0, changed = 0;
        for (Section s : Section.inOrder()) {
            List<String> before = sentences.of(from.path("sections").path(s.key()).asText(null));
            List<String> after = sentences.of(to.path("sections").path(s.key()).asText(null));
            List<TextDiff.Change> changes = text.sentences(before, after);
            for (TextDiff.Change c : changes) {
                switch (c.kind()) {
                    case ADDED -> added++;
                    case REMOVED -> removed++;
                    case CHANGED -> changed++;
                }
            }
            parts.add(new PartDiff(s.key(), s.title(), before.size(), after.size(), changes));
        }
        List<TableDiff> tables = tables(from.path("figures"), to.path("figures"));
        int figuresChanged = (int) tables.stream().flatMap(t -> t.rows().stream()).filter(FigureDelta::changed).count();
        boolean identical = added + removed + changed + figuresChanged == 0;
        return new Diff(a, b, same, note, identical, new Summary(added, removed, changed, figuresChanged), parts, tables);
    }

    private List<TableDiff> tables(JsonNode from, JsonNode to) {
        List<TableDiff> out = new ArrayList<>();
        for (int table : TABLES) {
            List<FigureDelta> rows = new ArrayList<>();
            for (FigureKey key : catalog.all()) {
                if (key.table() != table) continue;
                BigDecimal a = decimal(from.path(key.key())), b = decimal(to.path(key.key()));
                if (a == null && b == null) continue;
                BigDecimal delta = a != null && b != null ? b.subtract(a) : null;
                boolean changed = delta != null ? delta.signum() != 0 : !Objects.equals(a, b);
                rows.add(new FigureDelta(key.key(), key.label(), a, b, delta, changed));
            }
            out.add(new TableDiff(table, rows));
        }
        return out;
    }

    private static BigDecimal decimal(JsonNode v) {
        return v.isNumber() ? v.decimalValue() : null;
    }

    private static Side side(JsonNode json) {
        return new Side(json.path("id").asText(), json.path("agency").asText(null), json.path("agency_id").asText(null),
                json.path("year").isNumber() ? json.path("year").asInt() : null, json.path("source").asText(null),
                json.path("template").asText(null));
    }

    private static String label(Side s) {
        return (s.agency() == null ? s.id() : s.agency()) + (s.agencyId() == null ? "" : " [" + s.agencyId() + "]");
    }
}
