package gongkai.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "index", mixinStandardHelpOptions = true, description = "Index files and folders of reports.")
public final class IndexCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("gongkai index: not built yet");
        return 2;
    }
}
