package gongkai.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the JSON API and the search page.")
public final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("gongkai serve: not built yet");
        return 2;
    }
}
