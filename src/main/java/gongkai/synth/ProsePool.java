package gongkai.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clause pools prose is built from, bundled as {@code prose.txt}: clauses taken from the
 * seed reports and generalised with placeholders, grouped by the part of a report they suit.
 */
final class ProsePool {

    private final Map<String, List<String>> groups;

    private ProsePool(Map<String, List<String>> groups) {
        this.groups = groups;
    }

    static ProsePool bundled() {
        try (InputStream in = ProsePool.class.getResourceAsStream("prose.txt")) {
            if (in == null) throw new IllegalStateException("prose.txt is missing from the jar");
            Map<String, List<String>> groups = new LinkedHashMap<>();
            List<String> current = null;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = groups.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(line.strip());
                }
            }
            groups.replaceAll((k, v) -> List.copyOf(v));
            return new ProsePool(Map.copyOf(groups));
        } catch (IOException e) {
            throw new UncheckedIOException("prose.txt could not be read", e);
        }
    }

    List<String> group(String name) {
        List<String> g = groups.get(name);
        if (g == null) throw new IllegalArgumentException("no clause group " + name);
        return g;
    }

    boolean has(String name) {
        return groups.containsKey(name);
    }
}
