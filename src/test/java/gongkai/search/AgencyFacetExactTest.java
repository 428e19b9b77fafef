package gongkai.search;

import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A facet click filters on the exact agency, so its total is the facet's count. */
class AgencyFacetExactTest {

    @TempDir
    Path dir;

    @Test
    void theExactAgencyGivesTheFacetCountAndTheContainedNameMore() throws Exception {
        try (Directory d = TestIndex.write(dir, TestIndex.samples()); SearchService service = new SearchService(d, TestIndex.CATALOG)) {
            SearchResponse all = service.search(new SearchRequest("", 1, 10, "relevance", List.of()));
            long facet = all.facets().get("agency").stream()
                    .filter(v -> v.value().equals("平潭综合实验区")).findFirst().orElseThrow().count();
            // samples/real holds 平潭综合实验区_2011 … _2025 without 2014: 14 files; 2013 地方税务局 and 2014 管委会 are other agencies.
            assertEquals(14, facet);
            assertEquals(14, service.search(new SearchRequest("agency:=\"平潭综合实验区\"", 1, 10, "relevance", List.of())).total());
            assertEquals(16, service.search(new SearchRequest("agency:平潭综合实验区", 1, 10, "relevance", List.of())).total());
        }
    }
}
