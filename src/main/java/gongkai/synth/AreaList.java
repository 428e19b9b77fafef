package gongkai.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The administrative areas the synthetic corpus draws agencies from: a few hundred real
 * provinces, cities and counties across every province, bundled as {@code areas.tsv}.
 */
public final class AreaList {

    private final List<Area> areas;

    private AreaList(List<Area> areas) {
        if (areas.isEmpty()) throw new IllegalArgumentException("no administrative areas to draw agencies from");
        this.areas = List.copyOf(areas);
    }

    public static AreaList bundled() {
        try (InputStream in = AreaList.class.getResourceAsStream("areas.tsv")) {
            if (in == null) throw new IllegalStateException("areas.tsv is missing from the jar");
            List<Area> areas = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                areas.add(new Area(f[0], f.length > 1 ? f[1] : "", f.length > 2 ? f[2] : ""));
            }
            return new AreaList(areas);
        } catch (IOException e) {
            throw new UncheckedIOException("areas.tsv could not be read", e);
        }
    }

    public List<Area> all() {
        return areas;
    }

    public Area pick(RandomGenerator rng) {
        return areas.get(rng.nextInt(areas.size()));
    }
}
