package gongkai.synth;

import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Fresh prose clauses from a word-level Markov model of real reports' clauses
 * ({@code prose-training.txt}, taken from the bundled seed and sample reports, cut into words by
 * smartcn's own segmenter). Each word is drawn after the two before it where the training text
 * offers a choice there, otherwise after the one before, so clauses recombine below the clause
 * level; a clause that comes out equal to a training clause is drawn again, so none is copied
 * verbatim. Brackets and quotes are dropped. Digit runs are learned as {n} and filled by {@link ProseWriter#fill}. Immutable
 * once built; the random stream is the caller's, so the same stream gives the same clauses.
 */
final class ProseModel {

    private static final String START = "\u0002";
    private static final String END = "\u0003";
    private static final int MIN_CHARS = 6;
    private static final int MAX_CHARS = 40;
    private static final int MAX_WORDS = 30;
    private static final int TRIES = 8;

    /** Next words after two words, only where the training text gives two or more different ones. */
    private final Map<String, String[]> afterTwo;
    /** Next words after one word, with repeats, so a draw follows the training frequencies. */
    private final Map<String, String[]> afterOne;
    private final Set<String> training;

    private ProseModel(Map<String, String[]> afterTwo, Map<String, String[]> afterOne, Set<String> training) {
        this.afterTwo = afterTwo;
        this.afterOne = afterOne;
        this.training = training;
    }

    /** The model of the bundled training clauses. */
    static ProseModel bundled() {
        try (InputStream in = ProseModel.class.getResourceAsStream("prose-training.txt")) {
            if (in == null) throw new IllegalStateException("prose-training.txt is missing from the jar");
            List<String> clauses = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) clauses.add(line.strip());
            }
            return train(clauses);
        } catch (IOException e) {
            throw new UncheckedIOException("prose-training.txt could not be read", e);
        }
    }

    /** A model of these clauses. */
    static ProseModel train(List<String> clauses) {
        HHMMSegmenter segmenter = new HHMMSegmenter();
        Map<String, List<String>> two = new HashMap<>();
        Map<String, List<String>> one = new HashMap<>();
        Set<String> training = new HashSet<>();
        for (String raw : clauses) {
            // Brackets and quotes go: a clause recombined from two could open one and never close it.
            String clause = raw.replaceAll("[（）()“”‘’\"《》〔〕【】「」\\[\\]]", "").replaceAll("[0-9]+", "0");
            List<String> words = new ArrayList<>();
            List<SegToken> tokens = segmenter.process(clause);
            // The first and last tokens mark the sentence's start and end; they are not words.
            for (int i = 1; i < tokens.size() - 1; i++) {
                SegToken t = tokens.get(i);
                if (t.endOffset > t.startOffset) words.add(clause.substring(t.startOffset, t.endOffset).replace("0", "{n}"));
            }
            if (words.isEmpty()) continue;
            training.add(String.join("", words));
            words.add(0, START);
            words.add(0, START);
            words.add(END);
            for (int i = 2; i < words.size(); i++) {
                two.computeIfAbsent(words.get(i - 2) + "\u0001" + words.get(i - 1), k -> new ArrayList<>()).add(words.get(i));
                one.computeIfAbsent(words.get(i - 1), k -> new ArrayList<>()).add(words.get(i));
            }
        }
        Map<String, String[]> afterTwo = new HashMap<>();
        two.forEach((k, v) -> {
            if (new HashSet<>(v).size() > 1) afterTwo.put(k, v.toArray(String[]::new));
        });
        Map<String, String[]> afterOne = new HashMap<>();
        one.forEach((k, v) -> afterOne.put(k, v.toArray(String[]::new)));
        return new ProseModel(Map.copyOf(afterTwo), Map.copyOf(afterOne), Set.copyOf(training));
    }

    /** A clause of {@value #MIN_CHARS} to about {@value #MAX_CHARS} characters, not one of the training clauses (unless many draws find none). */
    String clause(RandomGenerator rng) {
        String s = "";
        for (int attempt = 0; attempt < TRIES; attempt++) {
            s = draw(rng);
            if (s.length() >= MIN_CHARS && !training.contains(s)) return s;
        }
        return s;
    }

    private String draw(RandomGenerator rng) {
        StringBuilder sb = new StringBuilder(MAX_CHARS + 8);
        String p2 = START, p1 = START;
        for (int n = 0; n < MAX_WORDS && sb.length() < MAX_CHARS; n++) {
            String[] next = afterTwo.get(p2 + "\u0001" + p1);
            if (next == null) next = afterOne.get(p1);
            if (next == null) break;
            String w = next[rng.nextInt(next.length)];
            if (w.equals(END)) break;
            sb.append(w);
            p2 = p1;
            p1 = w;
        }
        return sb.toString();
    }
}
