package gongkai.diff;

import gongkai.ingest.TextNormaliser;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a part of a report into sentences, after the normalisation the index applies
 * ({@link TextNormaliser#forSearch}), so that a PDF's line breaks do not count as changes. A
 * sentence ends at 。！？；(or their ASCII forms). Line breaks and spaces carry no meaning in
 * Chinese text: the normaliser drops those between two Chinese characters, and here those next
 * to one (2023 年, 7\n期) are dropped too; elsewhere a run of them is one space.
 */
public final class Sentences {

    private final TextNormaliser normaliser;

    public Sentences(TextNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** The sentences of {@code text} in order, without empty ones; none for null. */
    public List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        String s = normaliser.forSearch(text);
        StringBuilder current = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                gap = true;
                continue;
            }
            if (gap && current.length() > 0 && !wide(current.charAt(current.length() - 1)) && !wide(c)) current.append(' ');
            gap = false;
            current.append(c);
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';') flush(current, out);
        }
        flush(current, out);
        return out;
    }

    /** A character of Chinese text: an ideograph, or a full-width punctuation or form. */
    private static boolean wide(char c) {
        return c >= '\u2E80';
    }

    private static void flush(StringBuilder current, List<String> out) {
        String sentence = current.toString().strip();
        if (!sentence.isEmpty()) out.add(sentence);
        current.setLength(0);
    }
}
