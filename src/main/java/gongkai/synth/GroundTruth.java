package gongkai.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.report.FigureCatalog;
import gongkai.report.ReportJson;
import gongkai.report.Template;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a synthetic report really says: the file beside each report ({@code 000123.truth.json}
 * beside {@code 000123.txt}). The benchmark scores extraction against it with {@link #score}.
 *
 * @param id           the report's number in its corpus, e.g. 000123
 * @param agency       the agency as the title names it
 * @param year         the reporting year
 * @param template     the table template
 * @param region       the area, province first
 * @param regionCode   the area's GB/T 2260 code from the project's gazetteer, or null
 * @param province     the province alone
 * @param level        省级, 市级 or 县级
 * @param docNo        the printed 文号, or null
 * @param published    the printed date, or null
 * @param figures      every figure the tables print, key to true value, in catalog order
 * @param missing      keys of the template printed as blank cells: a reader cannot know them
 * @param failedChecks the consistency rules the report fails on purpose (empty for most reports)
 * @param layout       the layout choices, for finding the reports of one variant
 * @param crossYearBreaks the cross-year rules the report fails on purpose against its agency's year before
 */
public record GroundTruth(String id, String agency, int year, Template template, String region, String regionCode,
                          String province,
                          String level, String docNo, LocalDate published, Map<String, BigDecimal> figures,
                          List<String> missing, List<String> failedChecks, String layout, List<String> crossYearBreaks) {

    public GroundTruth {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        missing = List.copyOf(missing);
        failedChecks = List.copyOf(failedChecks);
        crossYearBreaks = List.copyOf(crossYearBreaks);
    }

    /** A report that breaks no chain. */
    public GroundTruth(String id, String agency, int year, Template template, String region, String regionCode,
                       String province, String level, String docNo, LocalDate published, Map<String, BigDecimal> figures,
                       List<String> missing, List<String> failedChecks, String layout) {
        this(id, agency, year, template, region, regionCode, province, level, docNo, published, figures, missing,
                failedChecks, layout, List.of());
    }

    /** The truth file's name beside a report: 000123.txt → 000123.truth.json. */
    public static Path pathFor(Path report) {
        String name = report.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return report.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".truth.json");
    }

    public static GroundTruth load(Path file) throws IOException {
        return fromJson(ReportJson.newMapper().readTree(file.toFile()));
    }

    static GroundTruth fromJson(JsonNode o) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        o.get("figures").properties().forEach(e -> figures.put(e.getKey(), e.getValue().decimalValue()));
        List<String> missing = new ArrayList<>();
        o.get("missing").forEach(n -> missing.add(n.asText()));
        List<String> failed = new ArrayList<>();
        o.get("failed_checks").forEach(n -> failed.add(n.asText()));
        List<String> breaks = new ArrayList<>();
        o.path("cross_year_breaks").forEach(n -> breaks.add(n.asText()));
        Template template = Template.fromCode(o.get("template").asText())
                .orElseThrow(() -> new IllegalArgumentException("unknown template " + o.get("template")));
        return new GroundTruth(o.get("id").asText(), text(o, "agency"), o.get("year").asInt(), template,
                text(o, "region"), text(o, "region_code"), text(o, "province"), text(o, "level"), text(o, "doc_no"),
                o.hasNonNull("published") ? LocalDate.parse(o.get("published").asText()) : null,
                figures, missing, failed, text(o, "layout"), breaks);
    }

    private static String text(JsonNode o, String field) {
        return o.hasNonNull(field) ? o.get(field).asText() : null;
    }

    /** The truth as the JSON the corpus stores: snake_case keys, figures as plain numbers. */
    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", id);
        o.put("agency", agency);
        o.put("year", year);
        o.put("template", template.code());
        o.put("region", region);
        o.put("region_code", regionCode);
        o.put("province", province);
        o.put("level", level);
        o.put("doc_no", docNo);
        o.put("published", published == null ? null : published.toString());
        ObjectNode f = o.putObject("figures");
        figures.forEach((k, v) -> f.put(k, ReportJson.normalise(v)));
        missing.forEach(o.putArray("missing")::add);
        failedChecks.forEach(o.putArray("failed_checks")::add);
        o.put("layout", layout);
        crossYearBreaks.forEach(o.putArray("cross_year_breaks")::add);
        return o;
    }

    /**
     * Scores an extractor's figures against the truth, key by key over the template's keys.
     * A true figure read with its value is right, read with another value wrong, not read
     * missing. A key the truth marks missing is right when the extractor leaves it out and
     * wrong when it invents a value; so is any key outside the template.
     */
    public FigureScore score(Map<String, BigDecimal> extracted) {
        List<String> wrong = new ArrayList<>();
        List<String> notRead = new ArrayList<>();
        int right = 0;
        for (Map.Entry<String, BigDecimal> e : figures.entrySet()) {
            BigDecimal got = extracted.get(e.getKey());
            if (got == null) notRead.add(e.getKey());
            else if (got.compareTo(e.getValue()) == 0) right++;
            else wrong.add(e.getKey());
        }
        for (String key : missing) {
            if (extracted.containsKey(key)) wrong.add(key);
            else right++;
        }
        for (String key : extracted.keySet()) {
            // rates are computed from the read figures, not read: the truth scores the tables alone
            if (FigureCatalog.isRate(key)) continue;
            if (!figures.containsKey(key) && !missing.contains(key)) wrong.add(key);
        }
        return new FigureScore(right, wrong, notRead);
    }

    /**
     * The outcome of {@link #score}.
     *
     * @param right   keys read correctly (or correctly left out)
     * @param wrong   keys read with a value other than the truth's, or invented
     * @param missing keys with a true value that were not read
     */
    public record FigureScore(int right, List<String> wrong, List<String> missing) {
        public FigureScore {
            wrong = List.copyOf(wrong);
            missing = List.copyOf(missing);
        }
    }
}
