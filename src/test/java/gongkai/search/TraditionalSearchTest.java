package gongkai.search;

import gongkai.index.SimplifiedScript;
import gongkai.report.Report;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Traditional and simplified characters are one script for search; snippets show the text as printed. */
class TraditionalSearchTest {

    @TempDir
    static Path dir;
    static TestIndex.Opened index;
    static SearchService service;
    static Directory directory;

    @BeforeAll
    static void open() throws Exception {
        List<Report> reports = new ArrayList<>(TestIndex.samples());
        // One report printed in traditional characters, as a Hong Kong or Taiwan source would give it.
        reports.add(TestIndex.traditional());
        index = TestIndex.open(dir.resolve("a"), reports);
        directory = TestIndex.write(dir.resolve("b"), reports);
        service = new SearchService(directory, TestIndex.CATALOG);
    }

    @AfterAll
    static void close() throws Exception {
        service.close();
        directory.close();
        index.close();
    }

    @Test
    void traditionalWordFindsExactlyWhatItsSimplifiedFormFinds() throws Exception {
        Set<String> simplified = index.ids("统计局");
        // samples/real holds the 国家统计局 reports and other agencies' mentions of a 统计局.
        assertTrue(simplified.size() >= 5, "统计局 found " + simplified.size());
        assertEquals(simplified, index.ids("統計局"));
        assertEquals(index.ids("\"政府信息公开\""), index.ids("\"政府信息公開\""));
    }

    @Test
    void agencyValuesMatchInEitherScript() throws Exception {
        assertEquals(index.ids("agency:统计局"), index.ids("agency:統計局"));
        assertFalse(index.ids("agency:统计局").isEmpty());
        assertEquals(1, index.ids("agency:=\"香港统计处\"").size());
        assertEquals(index.ids("agency:=\"香港統計處\""), index.ids("agency:=\"香港统计处\""));
    }

    @Test
    void aSimplifiedQueryMarksTheTraditionalTextAsPrinted() throws Exception {
        SearchResponse r = service.search(new SearchRequest("\"政府信息公开\" agency:香港", 1, 10, "relevance", List.of()));
        assertEquals(1, r.total());
        String snippet = String.join(" ", r.hits().get(0).highlights());
        assertTrue(snippet.contains("<mark>政府信息公開</mark>"), snippet);
    }

    @Test
    void aTraditionalQueryMarksSimplifiedText() throws Exception {
        SearchResponse r = service.search(new SearchRequest("\"統計局\"", 1, 1, "relevance", List.of()));
        String snippet = String.join(" ", r.hits().get(0).highlights());
        assertTrue(snippet.contains("<mark>统计局</mark>"), snippet);
    }

    @Test
    void foldingIsWhatTheAnalysisOfQueriesUses() {
        assertEquals("统计局", new TextAnalysis().simplified("統計局"));
        assertEquals(SimplifiedScript.icu().size(), new TextAnalysis().script().size());
    }
}
