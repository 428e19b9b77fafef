package gongkai.synth;

import gongkai.extract.Division;
import gongkai.extract.Gazetteer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The GB/T 2260 codes of the corpus's areas, looked up in the project's gazetteer, so the
 * ground truth carries the same {@code region_code} the extractor should find. An area the
 * gazetteer does not know keeps no code.
 */
final class RegionCodes {

    private final Map<Area, String> codes;

    private RegionCodes(Map<Area, String> codes) {
        this.codes = Map.copyOf(codes);
    }

    static RegionCodes of(AreaList areas, Gazetteer gazetteer) {
        Map<Area, String> codes = new HashMap<>();
        for (Area area : areas.all()) {
            String code = find(area, gazetteer);
            if (code != null) codes.put(area, code);
        }
        return new RegionCodes(codes);
    }

    /** The area's code, or null. */
    String code(Area area) {
        return codes.get(area);
    }

    int size() {
        return codes.size();
    }

    /** The division named like the area, at its rank, whose ancestors are the area's city and province. */
    private static String find(Area area, Gazetteer gazetteer) {
        int rank = switch (area.level()) {
            case "省级" -> 1;
            case "市级" -> 2;
            default -> 3;
        };
        List<Division> candidates = gazetteer.named(area.name());
        for (Division d : candidates) {
            if (d.rank() != rank) continue;
            Set<String> ancestors = ancestors(d, gazetteer);
            boolean cityFits = area.city().isEmpty() || area.city().equals(area.name()) || ancestors.contains(area.city());
            boolean provinceFits = area.province().equals(area.name()) || ancestors.contains(area.province());
            if (cityFits && provinceFits) return d.code();
        }
        return null;
    }

    /** Names of the enclosing divisions; stops at a division that is its own parent. */
    private static Set<String> ancestors(Division d, Gazetteer gazetteer) {
        Set<String> names = new HashSet<>();
        String parent = d.parentCode();
        for (int depth = 0; depth < 4 && !parent.isEmpty() && !parent.equals(d.code()); depth++) {
            Division p = gazetteer.byCode(parent).orElse(null);
            if (p == null) break;
            names.add(p.name());
            if (p.parentCode().equals(p.code())) break;
            parent = p.parentCode();
        }
        return names;
    }
}
