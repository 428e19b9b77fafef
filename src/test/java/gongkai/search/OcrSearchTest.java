package gongkai.search;

import gongkai.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static gongkai.search.TestIndex.figures;
import static gongkai.search.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** ocr:true finds the reports read from scans, ocr:false the ones read from their text. */
class OcrSearchTest {

    @TempDir
    static Path dir;
    static TestIndex.Opened index;

    private static Report scanned(Report r) {
        return new Report(r.source(), r.format(), r.contentHash(), r.agency(), r.agencyId(), r.year(), r.region(),
                r.regionCode(), r.province(), r.level(), r.docNo(), r.published(), r.template(), r.figures(), r.missing(),
                r.inferred(), r.checks(), r.warnings(), r.sections(), r.text(), true);
    }

    @BeforeAll
    static void index() throws IOException {
        index = TestIndex.open(dir, List.of(
                scanned(report("a", "淮安市人民政府", 2024, "江苏省", "市级", null, figures(), List.of(), "一。")),
                report("b", "洪泽区人民政府", 2023, "江苏省", "县级", null, figures(), List.of(), "二。")));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Set<String> find(String query) throws IOException {
        return index.ids(query).stream().map(id -> id.substring(0, 1)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void ocrTrueFindsTheScansOnly() throws IOException {
        assertEquals(Set.of("a"), find("ocr:true"));
    }

    @Test
    void ocrFacetCountsTheScans() throws IOException {
        try (SearchService service = new SearchService(index.directory(), TestIndex.CATALOG)) {
            assertEquals(List.of(new FacetValue("true", 1)), service.search(SearchRequest.of("")).facets().get("ocr"));
            assertEquals(List.of(), service.search(SearchRequest.of("ocr:false")).facets().get("ocr"));
        }
    }

    @Test
    void ocrFalseFindsTheTextReports() throws IOException {
        assertEquals(Set.of("b"), find("ocr:false"));
    }
}
