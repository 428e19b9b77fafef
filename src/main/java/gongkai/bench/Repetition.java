package gongkai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How much of a set of reports repeats across reports. Text is cut into clauses at clause and
 * sentence punctuation, white space and table rules, so a table row and a table cell come out
 * the same whichever layout (one cell a line, a whole row a line, a whole report a line) the
 * file uses; clauses without a Chinese character (figures, dates) are left out. A clause
 * recurs when two or more reports hold it: template rows, table labels, stock phrases. Prose
 * clauses are those of sentences: closed by 。！？ on their line, which table labels and
 * headings never are. Shares count characters. Repetition grows with the number of reports, so
 * two sets are compared at the same number of reports.
 *
 * @param reports        how many reports were measured
 * @param chars          characters in their clauses
 * @param recurring      share of characters in recurring clauses
 * @param prose          share of characters in prose clauses
 * @param proseRecurring share of prose characters in recurring prose clauses
 */
public record Repetition(int reports, long chars, double recurring, double prose, double proseRecurring) {

    /** Clause breaks: Chinese and ASCII punctuation, table rules; white space breaks too. */
    private static final String DELIMITERS = "，。；：、！？,.;:!?|｜";
    /** Ends of sentences: a clause before one of these, on the same line, is prose. */
    private static final String SENTENCE_ENDS = "。！？";

    /** The shares over these report texts. */
    public static Repetition of(List<String> texts) {
        List<List<Clause>> docClauses = new ArrayList<>(texts.size());
        Map<String, Integer> df = new HashMap<>();
        for (String text : texts) {
            List<Clause> clauses = clauses(text);
            docClauses.add(clauses);
            HashSet<String> seen = new HashSet<>();
            for (Clause c : clauses) seen.add(c.text());
            for (String c : seen) df.merge(c, 1, Integer::sum);
        }
        long total = 0, rec = 0, prose = 0, proseRec = 0;
        for (List<Clause> clauses : docClauses) {
            for (Clause c : clauses) {
                int n = c.text().length();
                boolean recurs = df.get(c.text()) > 1;
                total += n;
                if (recurs) rec += n;
                if (c.prose()) {
                    prose += n;
                    if (recurs) proseRec += n;
                }
            }
        }
        return new Repetition(texts.size(), total, share(rec, total), share(prose, total), share(proseRec, prose));
    }

    /** A clause, and whether it belongs to a sentence (ends in 。！？ before the line does). */
    record Clause(String text, boolean prose) {
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** The shares over the first {@code limit} report texts (.txt, .md; ground truth files skipped) under these folders, in name order; 0 takes all. */
    public static Repetition ofFolders(List<Path> dirs, int limit) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) throw new IOException("not a folder: " + dir);
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile).filter(Repetition::isReportText).sorted().forEach(files::add);
            }
        }
        if (limit > 0 && files.size() > limit) files = files.subList(0, limit);
        List<String> texts = new ArrayList<>(files.size());
        for (Path f : files) texts.add(Files.readString(f, StandardCharsets.UTF_8));
        return of(texts);
    }

    static boolean isReportText(Path p) {
        String n = p.getFileName().toString();
        return !n.startsWith(".") && (n.endsWith(".txt") || n.endsWith(".md"));
    }

    /** What {@code gongkai bench --measure-repetition} prints. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%d reports, %d clause chars: recurring %.3f, fresh %.3f; in sentences %.3f of chars, of which recurring %.3f, fresh %.3f",
                reports, chars, recurring, 1 - recurring, prose, proseRecurring, 1 - proseRecurring);
    }

    /** The clauses of a text that hold a Chinese character. */
    static List<Clause> clauses(String text) {
        List<Clause> out = new ArrayList<>();
        int from = 0, sentenceStart = 0;
        boolean han = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i == text.length() ? '\n' : text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || DELIMITERS.indexOf(c) >= 0) {
                if (han) out.add(new Clause(text.substring(from, i), false));
                from = i + 1;
                han = false;
                if (c == '\n' || SENTENCE_ENDS.indexOf(c) >= 0) {
                    // The clauses since the last sentence end or line break are prose when a sentence end closes them.
                    if (c != '\n') {
                        for (int k = sentenceStart; k < out.size(); k++) out.set(k, new Clause(out.get(k).text(), true));
                    }
                    sentenceStart = out.size();
                }
            } else if (c >= '\u4E00' && c <= '\u9FFF') {
                han = true;
            }
        }
        return out;
    }
}
