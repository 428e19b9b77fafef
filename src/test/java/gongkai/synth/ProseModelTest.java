package gongkai.synth;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProseModelTest {

    private static List<String> clauses(ProseModel model, long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(model.clause(rng));
        return out;
    }

    @Test
    void theSameSeedDrawsTheSameClauses() {
        ProseModel model = ProseModel.bundled();
        assertEquals(clauses(model, 5, 200), clauses(model, 5, 200));
        assertFalse(clauses(model, 5, 200).equals(clauses(model, 6, 200)));
    }

    @Test
    void recombinesTrainingClausesBelowTheClause() {
        // Two clauses sharing 政府信息: the model can cross from one into the other.
        ProseModel model = ProseModel.train(List.of("依法公开政府信息目录", "及时更新政府信息公开指南"));
        SplittableRandom rng = new SplittableRandom(1);
        boolean crossed = false;
        for (int i = 0; i < 50; i++) {
            String c = model.clause(rng);
            crossed |= c.equals("依法公开政府信息公开指南") || c.equals("及时更新政府信息目录");
        }
        assertTrue(crossed);
    }

    @Test
    void bundledModelRarelyRepeatsATrainingClause() {
        java.util.Set<String> training = new java.util.HashSet<>();
        try (var in = ProseModel.class.getResourceAsStream("prose-training.txt")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) training.add(line.strip().replaceAll("[（）()“”‘’\"《》〔〕【】「」\\[\\]]", ""));
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        List<String> drawn = clauses(ProseModel.bundled(), 3, 1000);
        long copied = drawn.stream().filter(training::contains).count();
        assertTrue(copied < 50, copied + " of 1000 drawn clauses are training clauses");
    }
}
