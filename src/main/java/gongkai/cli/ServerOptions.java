package gongkai.cli;

import gongkai.web.WebOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options of the commands that serve an index: {@code serve} and {@code demo}. */
public final class ServerOptions {

    @Mixin
    EngineOptions engine;

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port = WebOptions.DEFAULT_PORT;

    /** The index folder asked for, or the default one. */
    Path indexDir() {
        return engine.indexDir();
    }
}
