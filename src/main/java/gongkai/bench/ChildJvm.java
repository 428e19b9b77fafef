package gongkai.bench;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.report.ReportJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one of the benchmark's phases in a second JVM, on this JVM's class path, and reads
 * back the one JSON line it prints. Its standard error passes through, so progress and
 * failures show; its exit status must be 0.
 *
 * @param jvmOptions e.g. {@code -Xmx1g}; extra options from the environment variable
 *                   {@code GONGKAI_BENCH_CHILD_OPTS} (say, a flight recording) come after
 */
record ChildJvm(List<String> jvmOptions) {

    static final String EXTRA_OPTIONS = "GONGKAI_BENCH_CHILD_OPTS";

    JsonNode run(Class<?> main, String resultPrefix, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        String extra = System.getenv(EXTRA_OPTIONS);
        if (extra != null && !extra.isBlank()) cmd.addAll(Arrays.asList(extra.strip().split("\\s+")));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(resultPrefix)) result = line.substring(resultPrefix.length());
            }
        }
        int status = p.waitFor();
        if (status != 0 || result == null) {
            throw new IOException(main.getSimpleName() + " (second JVM) failed with exit status " + status);
        }
        return ReportJson.newMapper().readTree(result);
    }
}
