package gongkai.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese administrative divisions with their GB/T 2260 codes (provinces, prefectures, counties;
 * resources divisions.tsv and aliases.tsv, see DIVISIONS-SOURCE.md there), and the placing of an
 * agency's name in them. Immutable and thread-safe; load once and share.
 */
public final class Gazetteer {

    private static final String DIVISIONS = "/gongkai/extract/divisions.tsv";
    private static final String ALIASES = "/gongkai/extract/aliases.tsv";
    private static final String[] LEVELS = {null, "省级", "市级", "县级"};
    private static final String TOWNSHIP_LEVEL = "乡级";

    /** A township's name right after its county, followed by the body it names. */
    private static final Pattern TOWNSHIP = Pattern.compile(
            "^(\\p{IsHan}{1,10}?(?:镇|乡|街道|苏木))(?=人民政府|政府|办事处|党委|党工委|$)");

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> byName;
    private final PlaceNameTrie names;

    private Gazetteer(Map<String, Division> byCode, Map<String, List<Division>> byName, PlaceNameTrie names) {
        this.byCode = byCode;
        this.byName = byName;
        this.names = names;
    }

    /** The bundled gazetteer. */
    public static Gazetteer load() {
        Map<String, Division> byCode = new HashMap<>(4096);
        Map<String, List<Division>> byName = new HashMap<>(4096);
        PlaceNameTrie names = new PlaceNameTrie();
        for (String[] row : rows(DIVISIONS)) {
            // 东莞市, 中山市 and 儋州市 have no counties, and the source data lists each a second
            // time as its own county. That row would make the city its own parent: skip it.
            if (row[0].equals(row[2])) continue;
            Division d = new Division(row[0], row[1], row[2], Integer.parseInt(row[3]));
            byCode.put(d.code(), d);
            byName.computeIfAbsent(d.name(), n -> new ArrayList<>(1)).add(d);
            names.add(d.name(), new PlaceNameTrie.Entry(d, true));
            String shortName = PlaceNames.shortForm(d.name());
            if (shortName != null) {
                names.add(shortName, new PlaceNameTrie.Entry(d, false));
            }
        }
        for (String[] row : rows(ALIASES)) {
            Division d = byCode.get(row[1]);
            if (d == null) {
                throw new IllegalStateException("alias " + row[0] + " names unknown code " + row[1]);
            }
            byName.computeIfAbsent(row[0], n -> new ArrayList<>(1)).add(d);
            names.add(row[0], new PlaceNameTrie.Entry(d, true));
        }
        return new Gazetteer(Map.copyOf(byCode), Map.copyOf(byName), names);
    }

    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Divisions with this full name or alias (several when the name is shared). */
    public List<Division> named(String name) {
        return List.copyOf(byName.getOrDefault(name, List.of()));
    }

    /**
     * Pairs of characters Tesseract's Chinese model takes one for the other in place names
     * (准 for 淮 in 淮安, 沐 for 沭 in 沭阳): each character with the ones it is misread as.
     */
    private static final Map<Character, String> OCR_SLIPS = ocrSlips(
            "淮准", "洪潜", "沭沐", "泗洒", "睢雎", "亳毫", "盱盯", "汴卞", "邗邢", "滁涂", "濉睢", "泾经", "浔寻");

    private static Map<Character, String> ocrSlips(String... pairs) {
        Map<Character, String> out = new HashMap<>();
        for (String p : pairs) {
            out.merge(p.charAt(0), p.substring(1), String::concat);
            out.merge(p.charAt(1), p.substring(0, 1), String::concat);
        }
        return Map.copyOf(out);
    }

    /**
     * The name OCR most likely misread, when it is one: {@code name} names no known place at its
     * start, and exactly one change of a character into the one OCR confuses it with (准安市 →
     * 淮安市) makes it begin with a known place name that covers the changed character. Only
     * the gazetteer decides: a slip that leads to no place, or to two, is no slip.
     */
    public Optional<String> ocrSlipOf(String name) {
        if (name == null || name.isEmpty() || place(name, "").found()) return Optional.empty();
        String found = null;
        for (int i = 0; i < Math.min(name.length(), MAX_SLIP_AT); i++) {
            String alternatives = OCR_SLIPS.get(name.charAt(i));
            if (alternatives == null) continue;
            for (char alt : alternatives.toCharArray()) {
                String candidate = name.substring(0, i) + alt + name.substring(i + 1);
                PlaceNameTrie.Match m = names.longestAt(candidate, 0);
                if (m == null || m.end() <= i || !place(candidate, "").found()) continue;
                if (found != null && !found.equals(candidate)) return Optional.empty();
                found = candidate;
            }
        }
        return Optional.ofNullable(found);
    }

    /** A slip is looked for only in a name's first characters, where its place name stands. */
    private static final int MAX_SLIP_AT = 8;

    /** Full path, province first: 福建省泉州市鲤城区. */
    public String path(Division d) {
        Division parent = byCode.get(d.parentCode());
        return parent == null ? d.name() : path(parent) + d.name();
    }

    public Division provinceOf(Division d) {
        Division parent = byCode.get(d.parentCode());
        return parent == null ? d : provinceOf(parent);
    }

    /**
     * Places a name that starts with its area (丽水市统计局, 泉州市鲤城区统计局, 上海市人民政府办公厅).
     * Several places named alike are told apart only by a province or prefecture named in
     * {@code context}; otherwise the placement is unknown, with a warning.
     */
    public Placement place(String name, String context) {
        List<Division> candidates = List.of();
        int pos = 0;
        while (pos < name.length()) {
            PlaceNameTrie.Match m = names.longestAt(name, pos);
            List<Division> next = m == null ? List.of() : follow(candidates, m.entries());
            if (next.isEmpty()) {
                break;
            }
            candidates = next;
            pos = m.end();
        }
        if (candidates.isEmpty()) {
            return Placement.unknown(List.of("region: no place name known to the gazetteer at the start of '" + name + "'"), false);
        }
        Division chosen = candidates.size() == 1 ? candidates.getFirst() : byContext(candidates, context);
        if (chosen == null) {
            List<String> paths = candidates.stream().map(this::path).toList();
            return Placement.unknown(List.of("region: '" + name.substring(0, pos) + "' names " + candidates.size()
                    + " places (" + String.join(", ", paths) + ") and the text does not say which"), true);
        }
        String region = path(chosen);
        String level = LEVELS[chosen.rank()];
        Matcher township = TOWNSHIP.matcher(name.substring(pos));
        if (township.find()) {
            region += township.group(1);
            level = TOWNSHIP_LEVEL;
        }
        return new Placement(region, chosen.code(), provinceOf(chosen).name(), level, false, List.of());
    }

    /**
     * The places a name can stand for after the places already read: the first must be a full
     * name or a province's or prefecture's short form (a county's short form alone, like 公安,
     * is too often an ordinary word); each further one must lie inside the one before.
     */
    private List<Division> follow(List<Division> before, List<PlaceNameTrie.Entry> entries) {
        boolean anyFull = entries.stream().anyMatch(PlaceNameTrie.Entry::fullName);
        List<Division> out = new ArrayList<>(entries.size());
        for (PlaceNameTrie.Entry e : entries) {
            if (anyFull && !e.fullName()) {
                continue;
            }
            Division d = e.division();
            boolean ok = before.isEmpty() ? (e.fullName() || d.rank() < 3) : insideAny(d, before);
            if (ok && !out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private boolean insideAny(Division d, List<Division> outer) {
        for (Division p = byCode.get(d.parentCode()); p != null; p = byCode.get(p.parentCode())) {
            if (outer.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The one candidate whose prefecture (better) or province is named in the context, or null. */
    private Division byContext(List<Division> candidates, String context) {
        Division best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Division d : candidates) {
            int score = 0;
            for (Division p = byCode.get(d.parentCode()); p != null; p = byCode.get(p.parentCode())) {
                if (mentions(context, p)) {
                    score = Math.max(score, p.rank() == 1 ? 1 : 2);
                }
            }
            if (score > bestScore) {
                best = d;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static boolean mentions(String context, Division d) {
        if (context.contains(d.name())) {
            return true;
        }
        String shortName = PlaceNames.shortForm(d.name());
        return shortName != null && context.contains(shortName);
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>(4096);
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
