package gongkai.cli;

import gongkai.index.IndexRunOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Which engine a command uses: the embedded index in a folder (the default), or an OpenSearch
 * cluster. Shared by {@code index}, {@code search} and {@code serve}, so that the options mean
 * the same everywhere.
 */
public final class EngineOptions {

    public enum Engine { embedded, opensearch }

    /** The index name on a cluster when none is given. */
    public static final String DEFAULT_INDEX_NAME = "gongkai";

    @Option(names = "--engine", paramLabel = "ENGINE", description = "embedded (an index folder, the default) or opensearch (a cluster at --url).")
    Engine engine = Engine.embedded;

    @Option(names = "--url", paramLabel = "URL[,URL...]", description = "The cluster's nodes, e.g. http://127.0.0.1:9200 (with --engine opensearch).")
    String url;

    @Option(names = "--index-name", paramLabel = "NAME", description = "The index on the cluster (default: " + DEFAULT_INDEX_NAME + ").")
    String indexName = DEFAULT_INDEX_NAME;

    @Option(names = "--index", paramLabel = "DIR", description = "The embedded index folder (default: index/ in the project folder, or in the current folder).")
    Path index;

    public boolean onCluster() {
        return engine == Engine.opensearch;
    }

    /** The embedded index folder asked for, or the default one. */
    public Path indexDir() {
        return index == null ? IndexRunOptions.defaultIndexDir() : index;
    }

    /** The cluster's node addresses; a one-line error when --url is missing. */
    public List<String> urls() {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("--engine opensearch needs --url http://HOST:PORT (one or more, comma-separated)");
        }
        return Arrays.stream(url.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
