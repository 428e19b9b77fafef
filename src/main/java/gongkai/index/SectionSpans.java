package gongkai.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a report's six parts stand in its stored text, so that the index keeps their text
 * once. Storing the parts beside the whole text held every character twice: a tenth of all
 * indexing time went on compressing and writing the copy.
 *
 * <p>Encoded as one short string, {@code overview 0 812;proactive 830 2210;…}: the part's key
 * and its start and end in the text. A part whose text does not occur in the whole text (a
 * report built by hand) cannot be a span; {@link #locate} leaves it to the caller to store.
 */
public final class SectionSpans {

    private SectionSpans() {
    }

    /**
     * The spans of the parts found in {@code text}, each searched from the end of the one
     * before, since the parts come in order; the parts not found go to {@code unplaced}.
     */
    public static String locate(Map<String, String> sections, String text, Map<String, String> unplaced) {
        StringBuilder out = new StringBuilder(96);
        int from = 0;
        for (Map.Entry<String, String> e : sections.entrySet()) {
            String part = e.getValue();
            int at = text.indexOf(part, from);
            if (at < 0) at = text.indexOf(part); // out of order: any place with the same text shows the same
            if (at < 0) {
                unplaced.put(e.getKey(), part);
                continue;
            }
            if (!out.isEmpty()) out.append(';');
            out.append(e.getKey()).append(' ').append(at).append(' ').append(at + part.length());
            from = at + part.length();
        }
        return out.toString();
    }

    /**
     * A report's parts in order, from the spans' texts and the texts stored beside them (the
     * parts that were no span): the six parts in their order, or, for a report in the 2008
     * format with its own headings, the parts in the order of the spans, the stored ones after.
     */
    public static Map<String, String> inOrder(Map<String, String> fromSpans, Map<String, String> stored) {
        Map<String, String> out = new LinkedHashMap<>();
        for (gongkai.report.Section s : gongkai.report.Section.inOrder()) {
            String part = fromSpans.get(s.key());
            if (part == null) part = stored.get(s.key());
            if (part != null) out.put(s.key(), part);
        }
        if (!out.isEmpty()) return out;
        out.putAll(fromSpans);
        stored.forEach(out::putIfAbsent);
        return out;
    }

    /** The parts' texts, cut from {@code text} by the spans {@link #locate} wrote; bad spans are skipped. */
    public static Map<String, String> texts(String spans, String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (spans == null || spans.isEmpty() || text == null) return out;
        for (String span : spans.split(";")) {
            String[] p = span.split(" ");
            if (p.length != 3) continue;
            try {
                int start = Integer.parseInt(p[1]);
                int end = Integer.parseInt(p[2]);
                if (0 <= start && start <= end && end <= text.length()) out.put(p[0], text.substring(start, end));
            } catch (NumberFormatException e) {
                // not a span this class wrote: leave the part out rather than show the wrong text
            }
        }
        return out;
    }
}
