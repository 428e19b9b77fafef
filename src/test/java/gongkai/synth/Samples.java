package gongkai.synth;

import java.util.ArrayList;
import java.util.List;

/** Synthetic reports made in memory for tests. */
final class Samples {

    private Samples() {
    }

    static List<SynthReport> make(long seed, int count) {
        ReportSynth synth = ReportSynth.standard(seed);
        List<SynthReport> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(synth.make(i, String.format("%06d", i)));
        return out;
    }
}
