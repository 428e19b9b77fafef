package gongkai.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The same agency across years and spellings: {@code <GB/T 2260 code>:<the agency's own name>},
 * e.g. {@code 320813:人民政府} for both 洪泽区人民政府 and 淮安市洪泽区人民政府.
 *
 * <p>The agency's own name is what is left once the names of its region and of the regions
 * above it are taken off the front (full names, short forms like 淮安, and former names the
 * gazetteer lists, like 洪泽县), with spelling variants folded. A body the gazetteer lists only
 * as a different body over the same area (平潭综合实验区 over 平潭县) keeps its name: a wrong merge
 * is worse than two agencies. Without a region code there is no id. Thread-safe.
 */
public final class AgencyIdentity {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private final Gazetteer gazetteer;

    public AgencyIdentity(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The agency's id, or null when the agency or its region code is unknown. */
    public String of(String agency, String regionCode) {
        if (agency == null || regionCode == null) {
            return null;
        }
        Optional<Division> division = gazetteer.byCode(regionCode);
        if (division.isEmpty()) {
            return null;
        }
        String name = fold(agency);
        List<Division> chain = chain(division.get());
        String own = withoutPlaces(name, chain);
        own = foldVariants(own);
        if (own.isEmpty()) {
            // The name is its place alone (洪泽区): still one agency, named by its place.
            own = division.get().name();
        }
        return regionCode + ":" + own;
    }

    /** Full- and half-width folded, spaces gone: ＡＢＣ（一） → ABC(一). */
    static String fold(String agency) {
        return SPACES.matcher(Normalizer.normalize(agency, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** The division and the divisions above it, innermost first. */
    private List<Division> chain(Division d) {
        List<Division> chain = new ArrayList<>(3);
        for (Optional<Division> at = Optional.of(d); at.isPresent(); at = gazetteer.byCode(at.get().parentCode())) {
            chain.add(at.get());
        }
        return chain;
    }

    /** Takes place names of the chain off the front, longest first, as often as they follow each other. */
    private String withoutPlaces(String name, List<Division> chain) {
        int pos = 0;
        boolean took = true;
        while (took && pos < name.length()) {
            took = false;
            for (int end = name.length(); end >= pos + 2; end--) {
                String candidate = name.substring(pos, end);
                if (namesOtherBody(candidate, chain)) {
                    // 平潭综合实验区: its 平潭 is not the county's short form here.
                    return name.substring(pos);
                }
                if (namesChainPlace(candidate, chain)) {
                    pos = end;
                    took = true;
                    break;
                }
            }
        }
        return name.substring(pos);
    }

    private boolean namesChainPlace(String candidate, List<Division> chain) {
        for (Division d : chain) {
            if (candidate.equals(d.name()) || candidate.equals(PlaceNames.shortForm(d.name()))) {
                return true;
            }
            if (isFormerOrShortName(candidate, d) && gazetteer.named(candidate).contains(d)) {
                return true;
            }
        }
        return false;
    }

    /** An alias the gazetteer lists for the area that is another body's name, not the area's own. */
    private boolean namesOtherBody(String candidate, List<Division> chain) {
        for (Division d : gazetteer.named(candidate)) {
            if (chain.contains(d) && !candidate.equals(d.name()) && !isFormerOrShortName(candidate, d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an alias is the division's own name in another form (洪泽县 for 洪泽区, 浦东 for
     * 浦东新区) rather than another body's name over the same area (平潭综合实验区 over 平潭县).
     */
    private static boolean isFormerOrShortName(String alias, Division d) {
        String stem = PlaceNames.shortForm(alias);
        String base = stem == null ? alias : stem;
        return base.length() >= 2 && d.name().startsWith(base);
    }

    /** 政府办公室 → 人民政府办公室, 管理委员会 → 管委会: one spelling for the same body. */
    private static String foldVariants(String own) {
        String out = own.startsWith("政府") ? "人民" + own : own;
        return out.replace("管理委员会", "管委会");
    }
}
