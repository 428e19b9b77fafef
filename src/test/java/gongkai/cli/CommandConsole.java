package gongkai.cli;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What a {@code gongkai} command run in this JVM prints: {@code System.out} and {@code System.err}
 * are captured, as UTF-8, before each test and given back after it. A test class registers it with
 * {@code @RegisterExtension final CommandConsole console = new CommandConsole();}.
 */
final class CommandConsole implements BeforeEachCallback, AfterEachCallback {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream stdout;
    private PrintStream stderr;

    @Override
    public void beforeEach(ExtensionContext context) {
        stdout = System.out;
        stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(stdout);
        System.setErr(stderr);
    }

    /** Runs {@code gongkai args…} and returns its exit status. */
    int run(String... args) {
        return Main.newCommandLine().execute(args);
    }
}
