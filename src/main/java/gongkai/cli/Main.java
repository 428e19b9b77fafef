package gongkai.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gongkai} command: one subcommand per stage of the pipeline. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai 0.1.0",
        description = "Search engine over Chinese government information disclosure annual reports (政府信息公开工作年度报告).",
        subcommands = {
                ExtractCommand.class,
                IndexCommand.class,
                SearchCommand.class,
                ServeCommand.class,
                DemoCommand.class,
                SynthCommand.class,
                BenchCommand.class,
                DiffCommand.class,
                HistoryCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Lucene's notice that the incubating vector API is off is no news to a user; held so the level sticks. */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(newCommandLine().execute(args));
    }

    /** The command line with Gongkai's error handling: bad arguments and failures print one line, never a stack trace. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("gongkai: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            if (Boolean.getBoolean("gongkai.debug")) ex.printStackTrace(commandLine.getErr());
            return 2;
        });
        return cl;
    }
}
