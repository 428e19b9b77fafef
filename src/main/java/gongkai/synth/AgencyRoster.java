package gongkai.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The agencies of a corpus, one per series of reports: every kind of agency in every area that
 * has it, in an order drawn once from the corpus seed by the kinds' weights (a weighted sample
 * without replacement, by Efraimidis and Spirakis's keys {@code ln(u) / weight}), so that series
 * {@code s} is the {@code s}-th agency and no two series of a corpus are the same agency. Two
 * series of one agency would give it two reports of each year, and the year after would have no
 * predecessor to be checked against ({@code AgencyYears}). A corpus of more series than there
 * are agencies ({@link #size()}) starts the list again: only then do agencies repeat.
 */
final class AgencyRoster {

    private final List<Agency> agencies;

    AgencyRoster(AreaList areas, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        record Keyed(double key, Agency agency) {
        }
        List<Keyed> keyed = new ArrayList<>();
        for (Area area : areas.all()) {
            for (AgencyType type : AgencyType.values()) {
                if (type.existsIn(area)) keyed.add(new Keyed(Math.log(rng.nextDouble()) / type.weight(), Agency.of(area, type)));
            }
        }
        keyed.sort(Comparator.comparingDouble(Keyed::key).reversed());
        this.agencies = keyed.stream().map(Keyed::agency).toList();
    }

    /** How many series get an agency of their own. */
    int size() {
        return agencies.size();
    }

    /** The agency of series {@code series}. */
    Agency of(long series) {
        return agencies.get((int) (series % agencies.size()));
    }
}
