package gongkai.cli;

import gongkai.history.AgencyHistory;
import gongkai.report.FigureCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * {@code gongkai history AGENCY_ID|QUERY}: one agency across the years, as text for a reader,
 * or with {@code --json} exactly what {@code GET /api/agencies/{id}} returns. A query that
 * matches the reports of one agency shows that agency; one that matches several lists them.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"An agency's reports across the years, its figures year by year and the checks between years.",
                "Examples:  gongkai history 320813:人民政府",
                "           gongkai history 洪泽区人民政府"})
public final class HistoryCommand implements Callable<Integer> {

    /** An agency id: a region code, a colon and a name, as the index writes it. */
    private static final Pattern AGENCY_ID = Pattern.compile("\\d{6}:.+");

    @Mixin
    LookupOptions lookup = new LookupOptions();

    @Parameters(arity = "1..*", paramLabel = "AGENCY_ID|QUERY", description = "An agency id (320813:人民政府) or a query.")
    List<String> words;

    @Override
    public Integer call() throws IOException {
        String arg = String.join(" ", words).strip();
        return lookup.run("history", (service, out, err) -> {
            String agencyId = arg;
            if (!AGENCY_ID.matcher(arg).matches()) {
                TreeMap<String, Integer> agencies = new TreeMap<>();
                service.forEachMatch(arg, "year", r -> {
                    String id = r.path("agency_id").asText("");
                    if (!id.isEmpty()) agencies.merge(id, 1, Integer::sum);
                });
                if (agencies.isEmpty()) {
                    err.println("gongkai history: no report with an agency id matches " + arg);
                    return 1;
                }
                if (agencies.size() > 1) {
                    out.println(agencies.size() + " agencies match " + arg + "; give one of their ids:");
                    agencies.forEach((id, n) -> out.printf("  %s  (%d reports)%n", id, n));
                    return 0;
                }
                agencyId = agencies.firstKey();
            }
            Optional<AgencyHistory.View> view = new AgencyHistory(service, FigureCatalog.standard()).of(agencyId);
            if (view.isEmpty()) {
                err.println("gongkai history: no reports of agency " + agencyId);
                return 1;
            }
            lookup.print(view.get(), out, HistoryCommand::print);
            return 0;
        });
    }

    static void print(AgencyHistory.View v, PrintStream out) {
        out.println("agency " + v.agencyId());
        for (AgencyHistory.Entry e : v.reports()) {
            out.printf("  %s  %s  %s  %s%n", e.year(), e.id(), e.agency() == null ? "—" : e.agency(), e.source());
        }
        for (AgencyHistory.Entry e : v.duplicates()) {
            out.printf("  (not used: %s  %s, a second report of %s)%n", e.id(), e.source(), e.year() == null ? "no year" : e.year());
        }
        out.printf("%n%-40s", "figure");
        for (Integer y : v.years()) out.printf(" %14s", y);
        out.println();
        for (AgencyHistory.Row r : v.figures()) {
            out.printf("%-40s", r.key());
            for (Integer y : v.years()) out.printf(" %14s", cell(r.values().get(y), r.change().get(y)));
            out.println();
        }
        if (!v.checks().isEmpty()) out.println();
        for (AgencyHistory.YearCheck c : v.checks()) {
            out.printf("%s %d %s: %s vs %s%n", c.check().ok() ? "ok  " : "FAIL", c.year(), c.check().rule(),
                    plain(c.check().left()), plain(c.check().right()));
        }
    }

    /** A value with its change from the year before; — where the report is missing it. */
    private static String cell(BigDecimal value, BigDecimal change) {
        if (value == null) return "—";
        if (change == null) return value.toPlainString();
        return value.toPlainString() + " (" + (change.signum() > 0 ? "+" : "") + change.toPlainString() + ")";
    }

    private static String plain(BigDecimal v) {
        return v == null ? "—" : v.toPlainString();
    }
}
