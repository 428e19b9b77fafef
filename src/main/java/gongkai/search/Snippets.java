package gongkai.search;

import gongkai.index.SimplifiedScript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Snippets of a report's text around what the query looked for, HTML-escaped, with each match
 * in {@code <mark>…</mark>}. Matches are found by plain string search for the query's words and
 * phrases (case-insensitive for Latin letters), which is exactly what the character phrase
 * query matched, so a snippet marks what a reader would find with Ctrl-F. Text and marks are
 * compared folded to simplified characters, as they are searched, and the snippet shows the
 * characters as printed.
 */
public final class Snippets {

    public static final String OPEN = "<mark>";
    public static final String CLOSE = "</mark>";

    private final int maxSnippets;
    private final int width;
    private final SimplifiedScript script;

    /** @param width characters of text per snippet, about */
    public Snippets(int maxSnippets, int width, SimplifiedScript script) {
        this.maxSnippets = maxSnippets;
        this.width = width;
        this.script = script;
    }

    public Snippets(int maxSnippets, int width) {
        this(maxSnippets, width, SimplifiedScript.icu());
    }

    public Snippets() {
        this(3, 100);
    }

    private record Match(int start, int end) {
    }

    private record Window(int start, int end, List<Match> matches, int distinct) {
    }

    /** The lines a site crawler writes above a saved page's text (标题: …, 原文链接: …, ===== 正文 =====). */
    private static final java.util.regex.Pattern CRAWLER_LINE = java.util.regex.Pattern.compile(
            "(?:标题|发布时间|文号|发布机构|栏目|原文链接|本地目录)[:：][^\\n]*\\n|页面链接与图片详见 [^\\n]*\\n|=+ *正文 *=+[^\\n]*\\n");

    /**
     * Where a text's opening snippet starts: after the crawler's header lines, which stay in the
     * stored text (and are searched) but are not the report's words.
     */
    static int openingStart(String text) {
        java.util.regex.Matcher m = CRAWLER_LINE.matcher(text);
        int at = 0;
        while (at < text.length() && m.region(at, text.length()).lookingAt()) at = m.end();
        return at;
    }

    /** Snippets for {@code marks} in {@code text}; the text's opening when nothing matches. */
    public List<String> of(String text, List<String> marks) {
        if (text == null || text.isEmpty()) return List.of();
        List<Match> matches = find(text, marks);
        if (matches.isEmpty()) {
            int from = openingStart(text);
            return List.of(escape(flat(text.substring(from, Math.min(text.length(), from + width)))));
        }

        List<Window> windows = new ArrayList<>();
        int i = 0;
        while (i < matches.size()) {
            Match first = matches.get(i);
            int start = Math.max(0, first.start() - width / 4);
            int end = Math.min(text.length(), start + width);
            if (first.end() > end) end = first.end();
            List<Match> in = new ArrayList<>();
            while (i < matches.size() && matches.get(i).end() <= end) in.add(matches.get(i++));
            long distinct = in.stream().map(m -> text.substring(m.start(), m.end()).toLowerCase()).distinct().count();
            windows.add(new Window(start, end, in, (int) distinct));
        }
        // The windows with the most different matches, then the most matches, shown in text order.
        List<Window> best = windows.stream()
                .sorted(Comparator.comparingInt(Window::distinct).reversed()
                        .thenComparing(Comparator.comparingInt((Window w) -> w.matches().size()).reversed())
                        .thenComparingInt(Window::start))
                .limit(maxSnippets)
                .sorted(Comparator.comparingInt(Window::start))
                .toList();
        List<String> out = new ArrayList<>();
        for (Window w : best) out.add(render(text, w));
        return out;
    }

    private static String render(String text, Window w) {
        StringBuilder sb = new StringBuilder();
        if (w.start() > 0) sb.append('…');
        int at = w.start();
        for (Match m : w.matches()) {
            sb.append(escape(flat(text.substring(at, m.start()))));
            sb.append(OPEN).append(escape(flat(text.substring(m.start(), m.end())))).append(CLOSE);
            at = m.end();
        }
        sb.append(escape(flat(text.substring(at, w.end()))));
        if (w.end() < text.length()) sb.append('…');
        return sb.toString();
    }

    /** Non-overlapping matches in text order; at one place the longest mark wins. */
    private List<Match> find(String printed, List<String> marks) {
        List<Match> all = new ArrayList<>();
        SimplifiedScript.Folded folded = script.folded(printed);
        String text = folded.text();
        // Lower-casing keeps offsets for every character a report uses; if some rare letter
        // changed length, fall back to comparing place by place.
        String lower = text.toLowerCase(Locale.ROOT);
        boolean sameOffsets = lower.length() == text.length();
        for (String raw : marks) {
            if (raw == null || raw.isBlank()) continue;
            String mark = script.fold(raw);
            int n = mark.length();
            if (sameOffsets) {
                String m = mark.toLowerCase(Locale.ROOT);
                for (int i = lower.indexOf(m); i >= 0; i = lower.indexOf(m, i + 1)) all.add(new Match(folded.original(i), folded.original(i + m.length())));
            } else {
                for (int i = 0; i + n <= text.length(); i++) {
                    if (text.regionMatches(true, i, mark, 0, n)) all.add(new Match(folded.original(i), folded.original(i + n)));
                }
            }
        }
        all.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
        List<Match> out = new ArrayList<>();
        int last = -1;
        for (Match m : all) {
            if (m.start() >= last) {
                out.add(m);
                last = m.end();
            }
        }
        return out;
    }

    /** Line breaks and tabs become spaces: a snippet is one line. */
    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
