package gongkai.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static gongkai.search.TestIndex.figures;
import static gongkai.search.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** agency_id: finds one agency's reports across spellings, by the whole id only. */
class AgencyIdSearchTest {

    @TempDir
    static Path dir;
    static TestIndex.Opened index;

    @BeforeAll
    static void index() throws IOException {
        index = TestIndex.open(dir, List.of(
                report("a", "洪泽区人民政府", 2023, "江苏省", "县级", null, figures(), List.of(), "一。")
                        .withAgencyId("320813:人民政府"),
                report("b", "淮安市洪泽区人民政府", 2024, "江苏省", "县级", null, figures(), List.of(), "二。")
                        .withAgencyId("320813:人民政府"),
                report("c", "淮安市人民政府", 2024, "江苏省", "市级", null, figures(), List.of(), "三。")
                        .withAgencyId("320800:人民政府"),
                report("d", "平潭综合实验区", 2012, "福建省", "县级", null, figures(), List.of(), "四。")
                        .withAgencyId("350128:平潭综合实验区"),
                report("e", "某局", 2012, null, null, null, figures(), List.of(), "五。")));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Set<String> find(String query) throws IOException {
        return index.ids(query).stream().map(id -> id.substring(0, 1)).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void quotedIdFindsBothSpellings() throws IOException {
        assertEquals(Set.of("a", "b"), find("agency_id:\"320813:人民政府\""));
    }

    @Test
    void unquotedIdFindsBothSpellings() throws IOException {
        assertEquals(Set.of("a", "b"), find("agency_id:320813:人民政府"));
    }

    @Test
    void anIdIsMatchedWholeNotAsAPrefix() throws IOException {
        assertEquals(Set.of(), find("agency_id:320813"));
        assertEquals(Set.of("d"), find("agency_id:350128:平潭综合实验区"));
    }
}
