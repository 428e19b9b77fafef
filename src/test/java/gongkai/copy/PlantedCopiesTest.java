package gongkai.copy;

import gongkai.extract.ReportExtractor;
import gongkai.ingest.SourceText;
import gongkai.report.Report;
import gongkai.synth.CopyPlanter;
import gongkai.synth.ReportSynth;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Synthetic reports with planted copies: for some reports another agency's report of the same
 * year is made from it at a known share ({@link CopyPlanter}). Every copy planted at 0.8 or more
 * must be found by the LSH candidates (100% recall at that threshold, see {@link LshIndex}), and
 * its measured share must lie within 0.05 of the planted one.
 */
class PlantedCopiesTest {

    private static final double[] SHARES = {1.0, 0.95, 0.9, 0.85, 0.8};

    @Test
    void plantedCopiesAreFoundAtTheirShares() {
        ReportSynth synth = ReportSynth.standard(7);
        ReportExtractor extractor = ReportExtractor.standard();
        List<Report> fresh = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String text = synth.make(i, "s" + i).text();
            fresh.add(extractor.extract(new SourceText("s" + i + ".txt", "txt", "h" + i, text)));
        }
        List<CopyFinder.Entry> entries = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) entries.add(CopyFinder.Entry.of("s" + i, fresh.get(i).withAgencyId("a" + i)));
        List<double[]> planted = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            Report original = fresh.get(c);
            double share = SHARES[c % SHARES.length];
            Map<String, String> parts = CopyPlanter.plant(original.sections(), share, new SplittableRandom(c));
            Report copy = new Report("c" + c, "txt", "c" + c, "copier", "copier" + c, original.year(), null, null, null,
                    null, null, null, original.template(), Map.of(), List.of(), List.of(), List.of(), List.of(), parts, "");
            entries.add(CopyFinder.Entry.of("c" + c, copy));
            planted.add(new double[]{c, share});
        }
        Map<String, CopyFinder.Result> out = new CopyFinder().find(entries);
        for (double[] p : planted) {
            String id = "c" + (int) p[0];
            CopyFinder.Result r = out.get(id);
            assertTrue(r.nearest() != null, id + " found no candidate");
            assertEquals("s" + (int) p[0], r.nearestId(), id + " nearest");
            double measured = r.nearest().doubleValue();
            assertTrue(Math.abs(measured - p[1]) <= 0.05, id + " planted " + p[1] + ", measured " + measured);
        }
    }
}
