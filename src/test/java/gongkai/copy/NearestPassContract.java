package gongkai.copy;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.extract.ReportExtractor;
import gongkai.index.IndexRun;
import gongkai.index.IndexRunOptions;
import gongkai.index.ReportLookup;
import gongkai.index.ReportReader;
import gongkai.index.ReportSink;
import gongkai.ingest.SourceText;
import gongkai.report.Report;
import gongkai.search.Hit;
import gongkai.search.SearchEngine;
import gongkai.search.SearchRequest;
import gongkai.synth.CopyPlanter;
import gongkai.synth.ReportSynth;
import gongkai.synth.SynthReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@link NearestPass} stores as {@code copy.nearest}, the same on every engine. Synthetic
 * reports of separate agencies, and copies of some of them planted under other agencies at
 * known shares ({@link CopyPlanter}: each part keeps that share of the original's characters):
 * the copy's share is the planted one within 0.05, and it names the report it was made from.
 * Reports are written to the sink directly and the pass is run as {@code gongkai index} runs
 * it after the files: what one run leaves in the index is all a later run sees.
 */
public abstract class NearestPassContract {

    @TempDir
    protected Path tmp;

    /** Where one test's reports go; opened again for a second run. */
    protected abstract ReportSink.Factory sinks(Path indexDir);

    protected abstract SearchEngine open(Path indexDir) throws IOException;

    private static final ReportSynth SYNTH = ReportSynth.standard(7);
    private static final ReportExtractor EXTRACTOR = ReportExtractor.standard();

    /** Synthetic report {@code i}, under agency {@code a<i>}. */
    static Report fresh(int i) {
        String text = SYNTH.make(i, "s" + i).text();
        return EXTRACTOR.extract(new SourceText("/synth/s" + i + ".txt", "txt", hash("s" + i), text)).withAgencyId("a" + i);
    }

    /** A copy of {@code original} under agency {@code agencyId}, keeping {@code share} of each part. */
    static Report copy(Report original, String name, String agencyId, double share) {
        Map<String, String> parts = CopyPlanter.plant(original.sections(), share, new SplittableRandom(name.hashCode()));
        return new Report("/synth/" + name + ".txt", "txt", hash(name), "抄录局" + name, agencyId, original.year(),
                null, null, null, null, null, null, original.template(), Map.of(), List.of(), List.of(), List.of(),
                List.of(), parts, String.join("\n", parts.values()));
    }

    private static String hash(String name) {
        return String.format("%016x%016x", name.hashCode() & 0xffffffffL, (long) name.length() * 0x9e3779b9L);
    }

    /** One run: writes the reports, removes the sources, then runs the pass over the agencies touched. */
    private long run(List<Report> add, List<String> remove, Set<String> touched) throws IOException {
        try (ReportSink sink = sinks(tmp.resolve("index")).open(w -> { })) {
            for (Report r : add) sink.upsert(r);
            for (String s : remove) sink.delete(s);
            sink.commit();
            long written;
            try (ReportLookup lookup = sink.lookup()) {
                written = new NearestPass().run(new TreeSet<>(touched), lookup, sink);
            }
            sink.commit();
            return written;
        }
    }

    private long run(List<Report> add) throws IOException {
        Set<String> agencies = new TreeSet<>();
        for (Report r : add) agencies.add(r.agencyId());
        return run(add, List.of(), agencies);
    }

    /** Each matching report's JSON, by id. */
    private Map<String, JsonNode> matches(String query) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        try (SearchEngine engine = open(tmp.resolve("index"))) {
            engine.forEachMatch(query, "year", json -> out.put(json.path("id").asText(), json));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
        return out;
    }

    private static double nearest(JsonNode json) {
        return json.path("figures").path("copy.nearest").asDouble(Double.NaN);
    }

    @Test
    void plantedCopiesAreFoundAtTheirShares() throws IOException {
        double[] shares = {1.0, 0.95, 0.9, 0.85, 0.8};
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 30; i++) reports.add(fresh(i));
        Map<String, double[]> planted = new HashMap<>(); // copy id → {original index, share}
        for (int c = 0; c < 10; c++) {
            Report copy = copy(reports.get(c), "c" + c, "copier" + c, shares[c % shares.length]);
            planted.put(copy.id(), new double[]{c, shares[c % shares.length]});
            reports.add(copy);
        }
        run(reports);
        Map<String, JsonNode> found = matches("copy.nearest:>=0.75");
        for (Map.Entry<String, double[]> p : planted.entrySet()) {
            JsonNode json = found.get(p.getKey());
            assertTrue(json != null, p.getKey() + " planted at " + p.getValue()[1] + " not found by copy.nearest:>=0.75");
            Report original = reports.get((int) p.getValue()[0]);
            assertEquals(original.id(), json.path("copy_nearest_id").asText(), "the report it was made from");
            assertEquals(original.year(), json.path("copy_nearest").path("year").asInt());
            assertEquals(original.agency(), json.path("copy_nearest").path("agency").asText());
            double measured = nearest(json);
            assertTrue(Math.abs(measured - p.getValue()[1]) <= 0.05, "planted " + p.getValue()[1] + ", measured " + measured);
        }
    }

    @Test
    void aHitNamesTheNearestReportAndSortsByItsShare() throws Exception {
        Report a = fresh(3);
        Report b = fresh(9);
        Report copyOfA = copy(a, "most", "copier-most", 0.95);
        Report copyOfB = copy(b, "half", "copier-half", 0.85);
        run(List.of(a, b, copyOfA, copyOfB));
        try (SearchEngine engine = open(tmp.resolve("index"))) {
            List<Hit> hits = engine.search(new SearchRequest("copy.nearest:>=0.8", 1, 10, "-copy.nearest", List.of())).hits();
            Map<String, String> named = new HashMap<>();
            for (Hit h : hits) named.put(h.id(), h.copyNearestId());
            // Each of a pair names the other: the copy's text is in its original, most of the original's in the copy.
            assertEquals(Map.of(copyOfA.id(), a.id(), a.id(), copyOfA.id(), copyOfB.id(), b.id(), b.id(), copyOfB.id()), named);
            for (int i = 1; i < hits.size(); i++) {
                BigDecimal before = hits.get(i - 1).figures().get("copy.nearest");
                assertTrue(before.compareTo(hits.get(i).figures().get("copy.nearest")) >= 0, "largest share first");
            }
        }
    }

    @Test
    void freshReportsOfOtherAgenciesAreNotNearCopies() throws IOException {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 30; i++) reports.add(fresh(i));
        run(reports);
        assertEquals(Set.of(), matches("copy.nearest:>=0.8").keySet());
    }

    @Test
    void aReportHoldingLessThanHalfOfItsTextIsNotNamed() throws IOException {
        Report a = fresh(3);
        Report b = fresh(9); // the same year as 3, another series
        Report low = copy(a, "low", "copier-low", 0.3);
        Report mid = copy(b, "mid", "copier-mid", 0.75);
        run(List.of(a, b, low, mid));
        Map<String, JsonNode> all = matches("year:" + a.year());
        assertEquals(4, all.size());
        assertEquals("", all.get(low.id()).path("copy_nearest_id").asText(""), "0.3 of the text is no copy: " + all.get(low.id()));
        assertFalse(all.get(low.id()).path("figures").has("copy.nearest"), "missing, not a template-level share");
        JsonNode m = all.get(mid.id());
        assertEquals(b.id(), m.path("copy_nearest_id").asText());
        assertTrue(Math.abs(nearest(m) - 0.75) <= 0.05, "planted 0.75, measured " + nearest(m));
    }

    @Test
    void aCopyIndexedInALaterRunFindsItsNeighbourAndRaisesIt() throws IOException {
        Report neighbour = fresh(3);
        Report other = fresh(4);
        run(List.of(neighbour, other));
        assertFalse(matches("copy.nearest:>=0.8").containsKey(neighbour.id()), "no copy yet");

        Report copier = copy(neighbour, "later", "copier", 0.9);
        long written = run(List.of(copier));
        Map<String, JsonNode> found = matches("copy.nearest:>=0.8");
        JsonNode c = found.get(copier.id());
        assertTrue(c != null, "the copier, indexed in the second run, finds the neighbour of the first");
        assertEquals(neighbour.id(), c.path("copy_nearest_id").asText());
        assertTrue(Math.abs(nearest(c) - 0.9) <= 0.05, "measured " + nearest(c));
        // The neighbour's own text is mostly in the copier: its copy.nearest rises and names the copier.
        JsonNode n = found.get(neighbour.id());
        assertTrue(n != null, "the neighbour's copy.nearest rises with the copier");
        assertEquals(copier.id(), n.path("copy_nearest_id").asText());
        assertEquals(2, written, "the copier and the neighbour, each once");
        assertEquals(0, run(List.of(), List.of(), Set.of("copier")), "a second pass over the same index writes nothing");
    }

    @Test
    void whenTheNamedReportGoesTheNeighbourIsMeasuredAgain() throws IOException {
        Report neighbour = fresh(3);
        Report copier = copy(neighbour, "gone", "copier", 0.95);
        run(List.of(neighbour, copier));
        assertEquals(copier.id(), matches("copy.nearest:>=0.8").get(neighbour.id()).path("copy_nearest_id").asText());

        run(List.of(), List.of(copier.source()), Set.of("copier"));
        JsonNode n = matches("year:" + neighbour.year()).get(neighbour.id());
        assertNotEquals(copier.id(), n.path("copy_nearest_id").asText(""), "the report it named is gone");
        assertFalse(nearest(n) >= 0.8, "no copy is left: " + nearest(n));
    }

    /**
     * Through {@code gongkai index} itself: the first run indexes report 0's file, the second a
     * file that is report 6's agency's title and dates over report 0's text (6 is the same year,
     * another series, so another agency). The second run finds report 0 in the index.
     */
    @Test
    void aLaterIndexRunFindsTheNeighbourInTheIndex() throws IOException {
        SynthReport neighbour = SYNTH.make(0, "n");
        SynthReport other = SYNTH.make(6, "o");
        assertEquals(neighbour.truth().year(), other.truth().year());
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("n.txt"), neighbour.text());
        indexRun(corpus);
        Files.writeString(corpus.resolve("o.txt"), neighbour.text().replace(neighbour.truth().agency(), other.truth().agency()));
        indexRun(corpus);
        Map<String, JsonNode> all = matches("year:" + neighbour.truth().year());
        JsonNode copier = all.values().stream().filter(j -> j.path("source").asText().endsWith("o.txt")).findFirst().orElseThrow();
        JsonNode first = all.values().stream().filter(j -> j.path("source").asText().endsWith("n.txt")).findFirst().orElseThrow();
        assertNotEquals(first.path("agency_id").asText(), copier.path("agency_id").asText(), "two agencies");
        assertEquals(first.path("id").asText(), copier.path("copy_nearest_id").asText());
        assertTrue(nearest(copier) >= 0.9, "all but the agency's name is the same: " + nearest(copier));
        assertEquals(copier.path("id").asText(), first.path("copy_nearest_id").asText(), "the first report's share rose");
    }

    private void indexRun(Path corpus) throws IOException {
        IndexRunOptions options = new IndexRunOptions(List.of(corpus), tmp.resolve("index"), 2, true, 1000, Duration.ofSeconds(30));
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        new IndexRun(options, ReportReader::standard, quiet, sinks(tmp.resolve("index")), List.of(new CopyPass()))
                .withNeighbourPasses(List.of(new NearestPass())).run();
    }

    @Test
    void theSameAgencysReportIsNeverTheNearest() throws IOException {
        Report original = fresh(3);
        Report sameAgency = copy(original, "own", original.agencyId(), 1.0);
        run(List.of(original, sameAgency));
        assertEquals(Set.of(), matches("copy.nearest:>=0.5").keySet());
    }
}
