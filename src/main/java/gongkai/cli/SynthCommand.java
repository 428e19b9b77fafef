package gongkai.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "synth", mixinStandardHelpOptions = true, description = "Write a synthetic corpus of reports with ground truth.")
public final class SynthCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("gongkai synth: not built yet");
        return 2;
    }
}
