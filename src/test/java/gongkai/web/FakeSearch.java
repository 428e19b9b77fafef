package gongkai.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;
import gongkai.report.Report;
import gongkai.report.ReportJson;
import gongkai.search.FacetValue;
import gongkai.search.FigureStats;
import gongkai.search.Hit;
import gongkai.search.QueryException;
import gongkai.search.SearchRequest;
import gongkai.search.SearchResponse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A search engine over a list of reports in memory, with a small part of the query language
 * (words, field clauses, figure ranges): enough to test the web layer on its own.
 */
final class FakeSearch implements ReportSearch {

    private static final Pattern RANGE = Pattern.compile("(\\S+):\\[(\\S+) TO (\\S+)]");
    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private final List<Report> reports;
    private final FigureCatalog catalog = FigureCatalog.standard();
    private final ReportJson json = new ReportJson();

    FakeSearch(List<Report> reports) {
        this.reports = reports;
    }

    @Override
    public SearchResponse search(SearchRequest req) {
        List<Report> matches = match(req.query(), req.sort());
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put("year", facet(matches, r -> r.year() == null ? null : r.year().toString()));
        facets.put("province", facet(matches, Report::province));
        facets.put("level", facet(matches, Report::level));
        facets.put("agency", facet(matches, Report::agency));
        facets.put("check", facet(matches, r -> r.checks().isEmpty() ? "none" : r.anyCheckFailed() ? "failed" : "ok"));
        Map<String, FigureStats> stats = new LinkedHashMap<>();
        for (String key : req.stats()) stats.put(key, stats(matches, key));
        List<Hit> hits = matches.stream().skip((long) (req.page() - 1) * req.size()).limit(req.size())
                .map(r -> new Hit(r.id(), r.agency(), r.year(), r.region(), r.province(), r.level(), r.source(), 1f,
                        highlights(r, req.query()), r.figures(), r.anyCheckFailed()))
                .toList();
        return new SearchResponse(req.query(), matches.size(), req.page(), req.size(), req.sort(), hits, facets, stats, 0.1);
    }

    @Override
    public Optional<ObjectNode> report(String id) {
        return reports.stream().filter(r -> r.id().equals(id)).findFirst().map(r -> json.toJson(r, false));
    }

    @Override
    public void forEachMatch(String query, String sort, Consumer<? super JsonNode> consumer) {
        for (Report r : match(query, sort)) consumer.accept(json.toJson(r, false));
    }

    private List<Report> match(String query, String sort) {
        if (query.chars().filter(c -> c == '"').count() % 2 == 1) throw new QueryException("缺少右引号 (unbalanced quote)", query.indexOf('"'));
        if (count(query, '(') != count(query, ')')) throw new QueryException("括号不配对 (unbalanced parenthesis)", query.indexOf('('));
        if (count(query, '[') != count(query, ']')) throw new QueryException("方括号不配对 (unbalanced bracket)", query.indexOf('['));
        List<Predicate<Report>> preds = new ArrayList<>();
        Matcher rm = RANGE.matcher(query);
        while (rm.find()) {
            String key = figureKey(rm.group(1));
            BigDecimal lo = new BigDecimal(rm.group(2)), hi = new BigDecimal(rm.group(3));
            preds.add(r -> r.figures().get(key) != null && r.figures().get(key).compareTo(lo) >= 0 && r.figures().get(key).compareTo(hi) <= 0);
        }
        Matcher tm = TOKEN.matcher(rm.replaceAll(" ").replace("(", " ").replace(")", " "));
        while (tm.find()) {
            String t = tm.group(1) != null ? tm.group(1) : tm.group(2);
            if (t.equals("AND") || t.equals("OR")) continue;
            preds.add(clause(t));
        }
        List<Report> out = reports.stream().filter(r -> preds.stream().allMatch(p -> p.test(r))).collect(Collectors.toList());
        String key = sort.startsWith("-") ? sort.substring(1) : sort;
        Comparator<Report> order = null;
        if (key.equals("year")) order = Comparator.comparing(Report::year, Comparator.nullsLast(Comparator.naturalOrder()));
        else if (!key.equals("relevance")) order = Comparator.comparing(r -> r.figures().get(key), Comparator.nullsLast(Comparator.naturalOrder()));
        if (order != null) out.sort(sort.startsWith("-") ? order.reversed() : order);
        return out;
    }

    private Predicate<Report> clause(String t) {
        int colon = t.indexOf(':');
        if (colon > 0) {
            String field = t.substring(0, colon), value = t.substring(colon + 1).replace("\"", "");
            switch (field) {
                case "year": return r -> value.equals(String.valueOf(r.year()));
                case "province": return r -> value.equals(r.province());
                case "level": return r -> value.equals(r.level());
                case "agency": return r -> r.agency() != null && r.agency().contains(value);
                case "check": return r -> value.equals(r.checks().isEmpty() ? "none" : r.anyCheckFailed() ? "failed" : "ok");
                default:
                    String key = figureKey(field);
                    Matcher m = Pattern.compile("(>=|<=|>|<)?(-?[0-9.]+)").matcher(value);
                    if (!m.matches()) throw new QueryException("无法理解的指标条件 (bad figure clause) " + t, 0);
                    BigDecimal n = new BigDecimal(m.group(2));
                    String op = m.group(1) == null ? "=" : m.group(1);
                    return r -> {
                        BigDecimal v = r.figures().get(key);
                        if (v == null) return false;
                        int c = v.compareTo(n);
                        return switch (op) { case ">=" -> c >= 0; case "<=" -> c <= 0; case ">" -> c > 0; case "<" -> c < 0; default -> c == 0; };
                    };
            }
        }
        return r -> r.text() != null && r.text().contains(t);
    }

    private String figureKey(String name) {
        return catalog.resolve(name).map(FigureKey::key)
                .orElseThrow(() -> new QueryException("未知字段 (unknown field) " + name, 0));
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static List<String> highlights(Report r, String query) {
        String text = r.text() == null ? "" : r.text();
        for (String w : query.split("\\s+")) {
            int i = w.isEmpty() || w.contains(":") ? -1 : text.indexOf(w);
            if (i >= 0) {
                int from = Math.max(0, i - 40), to = Math.min(text.length(), i + w.length() + 40);
                return List.of(escape(text.substring(from, i)) + "<mark>" + escape(w) + "</mark>" + escape(text.substring(i + w.length(), to)));
            }
        }
        return List.of(escape(text.substring(0, Math.min(80, text.length()))));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static List<FacetValue> facet(List<Report> rs, java.util.function.Function<Report, String> f) {
        Map<String, Long> counts = rs.stream().map(f).filter(v -> v != null)
                .collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new FacetValue(e.getKey(), e.getValue())).toList();
    }

    private static FigureStats stats(List<Report> rs, String key) {
        List<BigDecimal> vs = rs.stream().map(r -> r.figures().get(key)).filter(v -> v != null).toList();
        if (vs.isEmpty()) return new FigureStats(0, null, null, null, null);
        BigDecimal sum = vs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new FigureStats(vs.size(), sum, vs.stream().min(Comparator.naturalOrder()).get(),
                vs.stream().max(Comparator.naturalOrder()).get(), sum.divide(BigDecimal.valueOf(vs.size()), 4, RoundingMode.HALF_UP));
    }
}
