package gongkai.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Index the bundled sample reports and serve them.")
public final class DemoCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("gongkai demo: not built yet");
        return 2;
    }
}
