package gongkai.index;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional characters searched as simplified ones: each traditional character's simplified
 * form, as ICU's {@code Traditional-Simplified} transliterator gives it for the character
 * alone (統→统, 資→资, 臺→台: 3,080 characters in ICU 79). Both engines fold the indexed text
 * and the query with it, so {@code 統計局} finds what {@code 统计局} finds, while the stored text
 * and its snippets stay as printed.
 *
 * <p>Why character by character, leaving out ICU's phrase rules (乾坤 stays 乾坤, 著名 stays
 * 著名, where 乾 alone becomes 干 and 著 alone 着): a phrase rule makes a character fold one way
 * inside a phrase and another alone, so a query for 著 would miss a text's 名著. Folded one
 * character at a time, a text contains a query exactly when its folded text contains the
 * folded query, which keeps phrase recall equal to Ctrl-F over the folded text.
 *
 * <p>Immutable and thread-safe. Reading ICU's rules takes about a second, so a process builds
 * one instance ({@link #icu()}) and shares it.
 */
public final class SimplifiedScript {

    /** Code point → its simplified form, for the code points that change. */
    private final Map<Integer, Integer> simplified;
    /** The same pairs, for Lucene's offset-correcting char filter. */
    private final NormalizeCharMap charMap;
    /** Every UTF-16 unit that starts a changed code point: most text has none and is returned as it is. */
    private final boolean[] starts = new boolean[Character.MAX_VALUE + 1];

    SimplifiedScript(Map<Integer, Integer> simplified) {
        this.simplified = Map.copyOf(simplified);
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        simplified.forEach((from, to) -> {
            String f = Character.toString(from);
            b.add(f, Character.toString(to));
            starts[f.charAt(0)] = true;
        });
        this.charMap = b.build();
    }

    /** The table of ICU's transliterator, read once per process. */
    public static SimplifiedScript icu() {
        return Holder.ICU;
    }

    private static final class Holder {
        static final SimplifiedScript ICU = new SimplifiedScript(fromIcu());
    }

    /**
     * The transliterator's one-character rules. Its rules are all plain {@code X > Y;} pairs
     * (no context, no variables); those whose left side is one code point are exactly what it
     * does to that character alone.
     */
    static Map<Integer, Integer> fromIcu() {
        String rules = Transliterator.getInstance("Traditional-Simplified").toRules(false);
        Map<Integer, Integer> out = new HashMap<>();
        for (String line : rules.split("\n")) {
            int arrow = line.indexOf(" > ");
            if (arrow < 0 || !line.endsWith(";")) continue;
            String from = line.substring(0, arrow);
            String to = line.substring(arrow + 3, line.length() - 1);
            if (from.codePointCount(0, from.length()) != 1 || to.codePointCount(0, to.length()) != 1) continue;
            int f = from.codePointAt(0);
            int t = to.codePointAt(0);
            if (f != t) out.put(f, t);
        }
        return out;
    }

    /** The number of characters that change. */
    public int size() {
        return simplified.size();
    }

    /** The text with each traditional character in its simplified form; the same string when none changes. */
    public String fold(String text) {
        if (text == null || !changes(text)) return text;
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.appendCodePoint(simplified.getOrDefault(cp, cp)));
        return sb.toString();
    }

    /** True when folding changes something in {@code text}. */
    public boolean changes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (starts[text.charAt(i)] && simplified.containsKey(text.codePointAt(i))) return true;
        }
        return false;
    }

    /**
     * A reader of the folded text that corrects offsets back to the original: an analyzer's
     * tokens then point at the printed characters, one for one even where a folded character
     * takes one UTF-16 unit and its original two (or the reverse).
     */
    public Reader reader(Reader in) {
        return new MappingCharFilter(charMap, in);
    }

    /**
     * The folded text with, for each of its UTF-16 units, where it starts in the original: what
     * a snippet needs to mark the printed characters that a folded match covers.
     */
    public Folded folded(String text) {
        String f = fold(text);
        if (f == null || f.length() == text.length()) return new Folded(f, null);
        int[] origin = new int[f.length() + 1];
        int o = 0;
        int at = 0;
        while (o < text.length()) {
            int cp = text.codePointAt(o);
            int to = simplified.getOrDefault(cp, cp);
            for (int k = 0; k < Character.charCount(to); k++) origin[at++] = o;
            o += Character.charCount(cp);
        }
        origin[at] = text.length();
        return new Folded(f, origin);
    }

    /** A folded text and the way back to the original's offsets ({@code origin} null when they are the same). */
    public record Folded(String text, int[] origin) {
        /** The original offset of folded offset {@code i} (0 to the folded length). */
        public int original(int i) {
            return origin == null ? i : origin[i];
        }
    }
}
