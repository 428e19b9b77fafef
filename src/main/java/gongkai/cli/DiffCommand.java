package gongkai.cli;

import gongkai.diff.ReportDiff;
import gongkai.diff.TextDiff;
import gongkai.report.FigureCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code gongkai diff [FROM] TO}: what changed between two reports, as text for a reader, or
 * with {@code --json} exactly what {@code GET /api/diff} returns. One id alone is compared with
 * its agency's report of the year before.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two reports: the six parts sentence by sentence, the three tables figure by figure.",
                "Examples:  gongkai diff 1a2b3c4d5e6f7a8b 9c0d1e2f3a4b5c6d",
                "           gongkai diff 9c0d1e2f3a4b5c6d      (against the same agency's year before)"})
public final class DiffCommand implements Callable<Integer> {

    @Mixin
    LookupOptions lookup = new LookupOptions();

    @Parameters(arity = "1..2", paramLabel = "ID", description = "Report ids (16 hex digits): FROM TO, or TO alone.")
    List<String> ids;

    @Override
    public Integer call() throws IOException {
        return lookup.run("diff", (service, out, err) -> {
            ReportDiff diff = new ReportDiff(service, FigureCatalog.standard());
            lookup.print(ids.size() == 1 ? diff.againstYearBefore(ids.get(0)) : diff.between(ids.get(0), ids.get(1)),
                    out, DiffCommand::print);
            return 0;
        });
    }

    static void print(ReportDiff.Diff d, PrintStream out) {
        out.printf("from %s%nto   %s%n", side(d.from()), side(d.to()));
        if (d.note() != null) out.println(d.note());
        ReportDiff.Summary s = d.summary();
        out.printf("%d sentences added, %d removed, %d changed; %d figures changed%s%n",
                s.added(), s.removed(), s.changed(), s.figuresChanged(), d.identical() ? " (identical)" : "");
        for (ReportDiff.PartDiff p : d.parts()) {
            if (p.changes().isEmpty()) continue;
            out.printf("%n== %s (%d → %d sentences)%n", p.title(), p.fromSentences(), p.toSentences());
            for (TextDiff.Change c : p.changes()) {
                switch (c.kind()) {
                    case ADDED -> out.println("+ " + c.to());
                    case REMOVED -> out.println("- " + c.from());
                    case CHANGED -> out.println("~ " + marked(c.segments()));
                }
            }
        }
        for (ReportDiff.TableDiff t : d.tables()) {
            List<ReportDiff.FigureDelta> changed = t.rows().stream().filter(ReportDiff.FigureDelta::changed).toList();
            if (changed.isEmpty()) continue;
            out.printf("%n== table %d%n", t.table());
            for (ReportDiff.FigureDelta f : changed) {
                out.printf("  %-40s %10s → %-10s %s%n", f.key(), plain(f.from()), plain(f.to()),
                        f.delta() == null ? "(missing on one side)" : (f.delta().signum() > 0 ? "+" : "") + f.delta().toPlainString());
            }
        }
    }

    /** A changed sentence for a terminal: deleted characters as [-…-], inserted as {+…+}. */
    static String marked(List<TextDiff.Segment> segments) {
        StringBuilder b = new StringBuilder();
        for (TextDiff.Segment s : segments) {
            switch (s.op()) {
                case TextDiff.Segment.DELETED -> b.append("[-").append(s.text()).append("-]");
                case TextDiff.Segment.INSERTED -> b.append("{+").append(s.text()).append("+}");
                default -> b.append(s.text());
            }
        }
        return b.toString();
    }

    private static String side(ReportDiff.Side s) {
        return s.id() + "  " + (s.agency() == null ? "—" : s.agency()) + " · " + (s.year() == null ? "—" : s.year())
                + (s.agencyId() == null ? "" : "  [" + s.agencyId() + "]");
    }

    private static String plain(BigDecimal v) {
        return v == null ? "—" : v.toPlainString();
    }
}
