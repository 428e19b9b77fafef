package gongkai.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark the whole path on a synthetic corpus.")
public final class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("gongkai bench: not built yet");
        return 2;
    }
}
