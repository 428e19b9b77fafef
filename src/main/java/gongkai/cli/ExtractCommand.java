package gongkai.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true, description = "Print each report's metadata, figures, checks and sections as one JSON line.")
public final class ExtractCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("gongkai extract: not built yet");
        return 2;
    }
}
