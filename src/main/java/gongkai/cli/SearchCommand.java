package gongkai.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the index.")
public final class SearchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("gongkai search: not built yet");
        return 2;
    }
}
