package gongkai.cli;

import gongkai.diff.UnknownReportException;
import gongkai.report.ReportJson;
import gongkai.search.QueryException;
import gongkai.search.SearchEngine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the commands that look something up in an index ({@code search}, {@code diff},
 * {@code history}) share: the engine they open, {@code --json}, and how a lookup the engine
 * refuses reaches the user: one line on stderr, never a stack trace.
 */
final class LookupOptions {

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Option(names = "--json", description = "Print the JSON the HTTP API returns.")
    boolean json;

    /** One lookup on an open engine; returns the command's exit status. */
    @FunctionalInterface
    interface Lookup {
        int run(SearchEngine engine, PrintStream out, PrintStream err) throws IOException;
    }

    /**
     * Opens the engine, runs the lookup with stdout and stderr in UTF-8, and closes the engine.
     * A malformed query exits with status 2, an unknown report id with 1.
     *
     * @param command the subcommand's name, as the error line starts with it
     */
    int run(String command, Lookup lookup) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        try (SearchEngine service = Engines.open(engine)) {
            return lookup.run(service, out, err);
        } catch (QueryException e) {
            err.println("gongkai " + command + ": " + e.getMessage());
            return 2;
        } catch (UnknownReportException e) {
            err.println("gongkai " + command + ": " + e.getMessage());
            return 1;
        }
    }

    /** Prints {@code view} as the API's JSON with {@code --json}, else as {@code text} prints it for a reader. */
    <T> void print(T view, PrintStream out, TextPrinter<T> text) throws IOException {
        if (json) out.println(ReportJson.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(view));
        else text.print(view, out);
    }

    /** How a command prints a view for a reader. */
    @FunctionalInterface
    interface TextPrinter<T> {
        void print(T view, PrintStream out);
    }
}
