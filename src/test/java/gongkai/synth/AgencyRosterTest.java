package gongkai.synth;

import gongkai.extract.Gazetteer;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each series of a synthetic corpus is an agency of its own, as the index tells agencies apart: by region code and name. */
class AgencyRosterTest {

    @Test
    void noTwoSeriesShareAnAgency() {
        AreaList areas = AreaList.bundled();
        RegionCodes codes = RegionCodes.of(areas, Gazetteer.load());
        ReportSynth synth = ReportSynth.standard(7);
        Map<String, Long> seen = new HashMap<>();
        for (long s = 0; s < synth.distinctAgencies(); s++) {
            Agency a = synth.agencyOf(s);
            String code = codes.code(a.area());
            String identity = (code != null ? code : a.area().province() + a.area().city() + a.area().county()) + "|" + a.name();
            Long before = seen.put(identity, s);
            assertEquals(null, before, "series " + before + " and " + s + " are both " + identity);
        }
        // Enough agencies for the benchmark's corpora: 100,000 reports are 16,667 series.
        assertTrue(synth.distinctAgencies() >= 5_000, () -> "only " + synth.distinctAgencies() + " agencies");
    }

    @Test
    void agenciesRepeatOnlyPastTheRoster() {
        ReportSynth synth = ReportSynth.standard(7);
        assertEquals(synth.agencyOf(0), synth.agencyOf(synth.distinctAgencies()));
    }

    @Test
    void reportsOfASeriesNameItsAgency() {
        ReportSynth synth = ReportSynth.standard(7);
        for (long i = 0; i < ReportSynth.SERIES * 2; i++) {
            assertEquals(synth.agencyOf(i / ReportSynth.SERIES).name(), synth.make(i, "r" + i).truth().agency());
        }
    }
}
