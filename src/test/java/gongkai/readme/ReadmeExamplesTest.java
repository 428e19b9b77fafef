package gongkai.readme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.cli.Main;
import gongkai.readme.ReadmeExamples.Example;
import gongkai.report.FigureCatalog;
import gongkai.search.SearchService;
import gongkai.web.WebApp;
import gongkai.web.WebOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code ./gongkai} and {@code curl} example of README.md, run against the bundled samples:
 * the samples are indexed by the README's own {@code ./gongkai index samples/} into a temporary
 * folder, the web app serves that index on a free port, and each curl example's request goes to
 * it. Where the README shows the output, the output must be as shown (see {@link ShownOutput});
 * otherwise the request must answer 200 and the command exit 0. An example that cannot run here
 * (a reader's own folder, another machine's cluster, a benchmark of minutes) is named in
 * {@link #NOT_RUN} with the reason, so that every example is either run or deliberately not.
 */
class ReadmeExamplesTest {

    static final Path README = Path.of("README.md");
    static final String SERVED_AT = "http://localhost:7070";

    /** Examples not run here, each with why. */
    static final Map<String, String> NOT_RUN = notRun();

    private static Map<String, String> notRun() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("./gongkai demo", "serves until stopped: the curl examples are run against the same app over the samples");
        m.put("./gongkai serve", "serves until stopped: the curl examples are its requests");
        m.put("./gongkai serve --host 0.0.0.0 --public-url https://gongkai.example.org", "serves the network until stopped; FeedLinksApiTest holds the feed's links to --public-url");
        m.put("./gongkai test", "runs this test suite");
        m.put("./gongkai index ~/Downloads/reports", "a reader's own folder of reports");
        m.put("./gongkai index --index /data/idx reports/2020 reports/2021/some-report.pdf", "a reader's own folders");
        m.put("./gongkai index --prune reports/", "a reader's own folder");
        m.put("./gongkai extract scanned-report.pdf", "a reader's own scan");
        m.put("./gongkai bench --count 100000", "the benchmark of 100,000 reports takes many minutes");
        m.put("./gongkai bench --measure-ocr", "OCR of 16 pages takes minutes");
        m.put("./gongkai synth --count 100000 --out corpus/synth --seed 1", "writes 100,000 reports");
        m.put("./gongkai synth --count 27 --out /tmp/s27 && ./gongkai bench --measure-repetition /tmp/s27", "two commands writing outside the project");
        m.put("./gongkai bench --measure-repetition samples/real samples/seeds", "a measurement (RepetitionTest holds the synthetic corpus to it)");
        m.put("./gongkai index  --engine opensearch --url http://10.0.0.5:9200,http://10.0.0.6:9200 ~/Downloads/reports", "a cluster on other machines");
        m.put("./gongkai serve  --engine opensearch --url http://10.0.0.5:9200,http://10.0.0.6:9200", "a cluster on other machines");
        m.put("./gongkai search --engine opensearch --url http://10.0.0.5:9200 '\"人口普查\" 行政处罚:>=10'", "a cluster on other machines");
        return m;
    }

    @TempDir
    static Path tmp;
    static Path index;
    static String indexOutput;
    static SearchService search;
    static WebApp app;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void indexTheSamplesAsTheReadmeDoes() throws Exception {
        index = tmp.resolve("index");
        Run r = run(List.of("index", "--index", index.toString(), "samples/"));
        indexOutput = r.out + r.err;
        assertEquals(0, r.exit, indexOutput);
        search = SearchService.open(index, FigureCatalog.standard());
        app = WebApp.create(search, new WebOptions(0, Path.of("web"))).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
        if (search != null) search.close();
    }

    static List<Example> examples() throws Exception {
        return ReadmeExamples.parse(Files.readString(README));
    }

    @TestFactory
    List<DynamicTest> everyExampleGivesWhatTheReadmeShows() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Example e : examples()) {
            if (NOT_RUN.containsKey(e.command())) continue;
            tests.add(DynamicTest.dynamicTest(e.toString(), () -> {
                if (e.isCurl()) checkCurl(e);
                else checkCommand(e);
            }));
        }
        assertTrue(tests.size() >= 15, "the README's examples were found: " + tests.size());
        return tests;
    }

    @Test
    void everyExampleNotRunIsStillInTheReadme() throws Exception {
        List<String> commands = examples().stream().map(Example::command).toList();
        for (String c : NOT_RUN.keySet()) assertTrue(commands.contains(c), "no longer in README.md, drop it from NOT_RUN: " + c);
    }

    @Test
    void indexingTheSamplesGivesWhatTheReadmeSays() throws Exception {
        String readme = Files.readString(README);
        int said = number(readme, "`\\./gongkai index samples/` indexes the (\\d+)");
        assertEquals(said, number(readme, "`demo` indexes the (\\d+) reports"), "the README says one number");
        assertTrue(indexOutput.contains(said + " indexed,"), indexOutput);
        assertTrue(indexOutput.contains("samples/README.md: no 年度报告 title"), indexOutput);
        assertTrue(indexOutput.contains("samples/SOURCES.tsv: no 年度报告 title"), indexOutput);
        assertTrue(indexOutput.contains(" 2 not reports in "), indexOutput);
        assertTrue(readme.contains("lists `samples/README.md` and `samples/SOURCES.tsv` as not reports"));
    }

    @Test
    void everyOptionOfDemoIsDocumented() throws Exception {
        String readme = Files.readString(README);
        CommandLine demo = Main.newCommandLine().getSubcommands().get("demo");
        List<String> options = demo.getCommandSpec().options().stream().map(CommandLine.Model.OptionSpec::longestName)
                .filter(n -> !n.equals("--help") && !n.equals("--version")).toList();
        assertTrue(options.contains("--port"), options.toString());
        for (String o : options) assertTrue(readme.contains("`" + o + " ") || readme.contains("`" + o + "`"), "demo " + o + " is not in README.md");
    }

    @Test
    void aTotalEditedWrongInTheReadmeFailsItsExample() throws Exception {
        Example search = examples().stream().filter(e -> e.shown() != null && e.command().contains("/api/search?q=人口普查"))
                .findFirst().orElseThrow();
        JsonNode real = JSON.readTree(get(url(search)).body());
        assertEquals(List.of(), ShownOutput.differences(search.shown(), real));
        int total = real.path("total").asInt();
        String wrong = search.shown().replace("\"total\":" + total, "\"total\":" + (total - 1));
        assertFalse(wrong.equals(search.shown()), "the shown output has the total");
        List<String> diffs = ShownOutput.differences(wrong, real);
        assertEquals(1, diffs.size(), diffs.toString());
        assertTrue(diffs.get(0).startsWith("$.total: shown " + (total - 1)), diffs.toString());
    }

    // ---- running an example ----------------------------------------------------------------

    private static void checkCurl(Example e) throws Exception {
        HttpResponse<byte[]> r = get(url(e));
        String body = new String(r.body(), StandardCharsets.UTF_8);
        if (e.shown() == null) {
            assertEquals(200, r.statusCode(), body);
            assertTrue(r.body().length > 0);
            return;
        }
        JsonNode shown = ShownOutput.parse(e.shown());
        assertEquals(shown.path("status").asInt(200), r.statusCode(), body);
        List<String> diffs = ShownOutput.differences(e.shown(), JSON.readTree(body));
        assertEquals(List.of(), diffs, "the output of " + e + " differs from what README.md shows");
    }

    private static void checkCommand(Example e) throws Exception {
        List<String> words = new ArrayList<>(ReadmeExamples.words(e.command()));
        assertEquals("./gongkai", words.remove(0));
        if (words.get(0).equals("index")) {
            // Run once before every example, into the temporary index the others use.
            assertEquals(List.of("index", "samples/"), words, "index examples other than samples/ are in NOT_RUN");
            return;
        }
        if (List.of("search", "history", "diff").contains(words.get(0)) && !words.contains("--index")) {
            words.addAll(1, List.of("--index", index.toString()));
        }
        Run r = run(words);
        assertEquals(0, r.exit, r.out + r.err);
        assertFalse(r.out.isBlank(), "prints something: " + r.err);
    }

    private static URI url(Example e) {
        String u = ReadmeExamples.words(e.command()).stream().filter(w -> w.startsWith(SERVED_AT)).findFirst().orElseThrow();
        return URI.create(encode("http://localhost:" + app.port() + u.substring(SERVED_AT.length())));
    }

    /** What curl puts on the wire for a typed address: its UTF-8 bytes, those that a URI may not hold percent-encoded. */
    private static String encode(String url) {
        StringBuilder b = new StringBuilder();
        for (byte x : url.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c > 0x20 && c < 0x7f && "<>\"{}|\\^`".indexOf(c) < 0) b.append((char) c);
            else b.append('%').append(String.format("%02X", c));
        }
        return b.toString();
    }

    private static HttpResponse<byte[]> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    record Run(int exit, String out, String err) {
    }

    /** A {@code gongkai} command in this JVM, its output captured. */
    private static synchronized Run run(List<String> args) {
        PrintStream stdout = System.out, stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.newCommandLine().execute(args.toArray(String[]::new));
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    private static int number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "README.md says: " + regex);
        return Integer.parseInt(m.group(1));
    }
}
