package gongkai.cli;

import gongkai.index.IndexRunOptions;
import gongkai.web.WebOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options of the commands that serve an index: {@code serve} and {@code demo}. */
public final class ServerOptions {

    @Option(names = "--index", paramLabel = "DIR", description = "The index folder (default: index/ in the project folder, or in the current folder).")
    Path index;

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port = WebOptions.DEFAULT_PORT;

    /** The index folder asked for, or the default one. */
    Path indexDir() {
        return index == null ? IndexRunOptions.defaultIndexDir() : index;
    }
}
