package gongkai.readme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShownOutputTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A snippet in the README's style, and an output that agrees with it. */
    static final String SNIPPET = """
            {"query":"人口普查 year:2020","total":4,"page":1,
             "hits":[{"id":"82b522c80c2da3e0","source":"/…/samples/seeds/yichun-tjj-2020.txt",
                      "highlights":["…第七次全国<mark>人口普查</mark>、…",…],"figures":{"penalty.decisions":9,…}}],
             "facets":{"year":[{"value":"2020","count":4}],"province":[…]},
             "stats":{"penalty.decisions":{"count":4,"sum":24}},"tookMs":4.2}""";

    static JsonNode real() throws Exception {
        return JSON.readTree("""
                {"query":"人口普查 year:2020","total":4,"page":1,
                 "hits":[{"id":"82b522c80c2da3e0","source":"/home/x/samples/seeds/yichun-tjj-2020.txt",
                          "highlights":["…如第七次全国<mark>人口普查</mark>、“优环境”…","b"],
                          "figures":{"penalty.decisions":9,"apply.new.total":12}}],
                 "facets":{"year":[{"value":"2020","count":4}],"province":[{"value":"江西省","count":1}]},
                 "stats":{"penalty.decisions":{"count":4,"sum":24}},"tookMs":9.7}""");
    }

    @Test
    void anOutputAsShownAgrees() throws Exception {
        assertEquals(List.of(), ShownOutput.differences(SNIPPET, real()));
    }

    @Test
    void aWrongTotalIsFound() throws Exception {
        List<String> d = ShownOutput.differences(SNIPPET.replace("\"total\":4", "\"total\":3"), real());
        assertEquals(List.of("$.total: shown 3, is 4"), d);
    }

    @Test
    void aWrongSumDeepInsideIsFound() throws Exception {
        List<String> d = ShownOutput.differences(SNIPPET.replace("\"sum\":24", "\"sum\":22"), real());
        assertEquals(List.of("$.stats.penalty.decisions.sum: shown 22, is 24"), d);
    }

    @Test
    void aFieldTheOutputHasAndTheSnippetLeavesOutWithoutEllipsisIsFound() throws Exception {
        String shown = "{\"error\":\"bad\",\"status\":400}";
        JsonNode out = JSON.readTree("{\"position\":5,\"error\":\"bad\",\"status\":400}");
        List<String> d = ShownOutput.differences(shown, out);
        assertEquals(1, d.size());
        assertTrue(d.get(0).startsWith("$.position: in the output"), d.toString());
    }

    @Test
    void anExactArrayMustHaveItsLength() throws Exception {
        List<String> d = ShownOutput.differences("{\"a\":[1]}", JSON.readTree("{\"a\":[1,2]}"));
        assertEquals(List.of("$.a: 1 elements shown, the output has 2"), d);
        assertEquals(List.of(), ShownOutput.differences("{\"a\":[1,…]}", JSON.readTree("{\"a\":[1,2]}")));
    }

    @Test
    void aStringWithEllipsisMatchesAroundIt() {
        assertTrue(ShownOutput.glob("/…/samples/a.txt", "/home/x/samples/a.txt"));
        assertTrue(!ShownOutput.glob("/…/samples/a.txt", "/home/x/samples/b.txt"));
        assertTrue(ShownOutput.glob("2020年…", "2020年，我局"));
    }

    @Test
    void aChangedStringIsFound() throws Exception {
        List<String> d = ShownOutput.differences(SNIPPET.replace("82b522c80c2da3e0", "82b522c80c2da3e1"), real());
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get(0).startsWith("$.hits[0].id"), d.toString());
    }

    @Test
    void anEllipsisInsideAnArraySkipsElementsUntilTheNextShownOne() throws Exception {
        JsonNode out = JSON.readTree("{\"a\":[{\"k\":1},{\"k\":2},{\"k\":3},{\"k\":4}]}");
        assertEquals(List.of(), ShownOutput.differences("{\"a\":[{\"k\":1},…,{\"k\":3},…]}", out));
        assertEquals(List.of(), ShownOutput.differences("{\"a\":[…,{\"k\":4}]}", out));
        List<String> d = ShownOutput.differences("{\"a\":[…,{\"k\":5},…]}", out);
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get(0).contains("not found"), d.toString());
    }

    @Test
    void anEllipsisAsAValueStandsForAnyValue() throws Exception {
        JsonNode out = JSON.readTree("{\"score\":11.39,\"total\":4}");
        assertEquals(List.of(), ShownOutput.differences("{\"score\":…,\"total\":4}", out));
        assertEquals(List.of("$.total: shown 3, is 4"), ShownOutput.differences("{\"score\":…,\"total\":3}", out));
    }
}
