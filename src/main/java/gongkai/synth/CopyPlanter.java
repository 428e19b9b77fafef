package gongkai.synth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plants a copy at a known share: each of the six parts keeps the first {@code share} of the
 * original's characters and the rest is fresh: the original's own characters, each replaced by
 * one drawn at random from the common CJK block (the same character always by the same one).
 * A fresh report of the generator would share the national template's headings and table labels
 * with the original and raise the share above the one planted; uniformly random characters would
 * lower it, since the measure counts distinct sequences and a table's runs of zeros repeat. The
 * substitution keeps the original's repetitions, so the copy's text is, part by part, that share
 * of the original. What the copy measures are tested against
 * ({@code copy.prev_year}, {@code copy.nearest} within 0.05 of the planted share).
 */
public final class CopyPlanter {

    private CopyPlanter() {
    }

    /**
     * @param original the parts copied from, by section key
     * @param share    0 to 1, the planted share
     * @param rng      draws the fresh characters
     */
    public static Map<String, String> plant(Map<String, String> original, double share, SplittableRandom rng) {
        if (share < 0 || share > 1) throw new IllegalArgumentException("a planted share lies between 0 and 1");
        Map<String, String> out = new LinkedHashMap<>();
        Map<Character, Character> substitute = new java.util.HashMap<>();
        original.forEach((key, part) -> {
            int keep = (int) Math.round(part.length() * share);
            StringBuilder b = new StringBuilder(part.substring(0, keep));
            for (int i = keep; i < part.length(); i++) {
                b.append(substitute.computeIfAbsent(part.charAt(i), c -> (char) (0x4E00 + rng.nextInt(0x9FA5 - 0x4E00))));
            }
            out.put(key, b.toString());
        });
        return out;
    }
}
