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

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only; 0.0.0.0 shares the collection with the network).")
    String host = WebOptions.DEFAULT_HOST;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address users reach the server at (https://gongkai.example.org), used for the feed's links; "
                    + "without it they take the request's Host header, and one that is not a plain host[:port] is refused.")
    String publicUrl;

    /** The index folder asked for, or the default one. */
    Path indexDir() {
        return engine.indexDir();
    }
}
