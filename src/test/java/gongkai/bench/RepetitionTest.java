package gongkai.bench;

import gongkai.synth.ReportSynth;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepetitionTest {

    /** The bundled real and seed reports held as text: 22 .txt and 2 .md under samples/real, 5 under samples/seeds. */
    private static Repetition real() throws IOException {
        return Repetition.ofFolders(List.of(Path.of("samples/real"), Path.of("samples/seeds")), 0);
    }

    private static Repetition synth(ReportSynth.Prose style, int count) {
        ReportSynth synth = ReportSynth.standard(1, style);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) texts.add(synth.make(i, String.format("%06d", i)).text());
        return Repetition.of(texts);
    }

    @Test
    void countsCharactersOfClausesThatTwoReportsHold() {
        // 依法公开 (4) is in both reports; 主动回应关切 (6) and 加强培训 (4) in one each; 表格 is not in a sentence.
        Repetition r = Repetition.of(List.of("依法公开，主动回应关切。\n表格", "依法公开，加强培训。"));
        assertEquals(2, r.reports());
        assertEquals(20, r.chars());
        assertEquals(8 / 20.0, r.recurring(), 1e-9);
        assertEquals(18 / 20.0, r.prose(), 1e-9);
        assertEquals(8 / 18.0, r.proseRecurring(), 1e-9);
    }

    @Test
    void realisticSynthProseRecursAsOftenAsTheRealReports() throws IOException {
        Repetition real = real();
        assertEquals(27, real.reports());
        Repetition synth = synth(ReportSynth.Prose.REALISTIC, real.reports());
        assertEquals(real.proseRecurring(), synth.proseRecurring(), 0.08,
                "real " + real.describe() + " / synth " + synth.describe());
    }

    @Test
    void seedsSynthProseRecursFarMoreThanTheRealReports() throws IOException {
        Repetition real = real();
        Repetition synth = synth(ReportSynth.Prose.SEEDS, real.reports());
        assertTrue(synth.proseRecurring() > real.proseRecurring() + 0.3,
                "real " + real.describe() + " / synth " + synth.describe());
    }
}
