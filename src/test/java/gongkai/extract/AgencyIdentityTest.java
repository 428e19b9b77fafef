package gongkai.extract;

import gongkai.ingest.Ingestor;
import gongkai.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AgencyIdentityTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final ReportExtractor EXTRACTOR = ReportExtractor.standard();
    private final AgencyIdentity identity = new AgencyIdentity(GAZETTEER);

    private static Report extract(String file) throws Exception {
        return EXTRACTOR.extract(new Ingestor().read(Path.of("samples/real/" + file)));
    }

    /** Agency and region as each report prints them (see MetadataReaderTest), the id by hand. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            淮安市洪泽区人民政府_2023.pdf | 320813:人民政府
            淮安市洪泽区人民政府_2024.pdf | 320813:人民政府
            淮安市人民政府_2024.pdf       | 320800:人民政府
            平潭县人民政府_2011.txt       | 350128:人民政府
            平潭综合实验区_2011.txt       | 350128:平潭综合实验区
            平潭综合实验区管委会_2014.txt | 350128:平潭综合实验区管委会
            上海市人民政府办公厅_2025.md  | 310000:人民政府办公厅
            沭阳县人民政府_2025.txt       | 321322:沐阳县人民政府
            """)
    void realReportsGetTheirAgencysId(String file, String id) throws Exception {
        assertEquals(id, extract(file).agencyId());
    }

    @Test
    void hongzeIsOneAgencyAcrossTwoSpellings() throws Exception {
        Report y2023 = extract("淮安市洪泽区人民政府_2023.pdf");
        Report y2024 = extract("淮安市洪泽区人民政府_2024.pdf");
        assertNotEquals(y2023.agency(), y2024.agency());
        assertEquals(y2023.agencyId(), y2024.agencyId());
    }

    @Test
    void pingtanZoneAndCountyStayApart() throws Exception {
        assertNotEquals(extract("平潭县人民政府_2012.txt").agencyId(), extract("平潭综合实验区_2012.txt").agencyId());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            丽水市统计局             | 丽水统计局             | 331100
            丽水市统计局             | 浙江省丽水市统计局     | 331100
            洪泽区人民政府办公室     | 淮安市洪泽区政府办公室 | 320813
            洪泽县人民政府           | 洪泽区人民政府         | 320813
            上海市人民政府办公厅（研究室） | 上海市人民政府办公厅(研究室) | 310000
            平潭综合实验区管理委员会 | 平潭综合实验区管委会   | 350128
            """)
    void spellingVariantsFold(String a, String b, String code) {
        assertEquals(identity.of(a, code), identity.of(b, code));
    }

    @Test
    void aWordThatStartsLikeALevelIsKept() {
        assertEquals("331100:市场监督管理局", identity.of("丽水市市场监督管理局", "331100"));
    }

    @Test
    void anotherBodyOverTheSameAreaIsNotFolded() {
        assertNotEquals(identity.of("平潭实验区人民政府", "350128"), identity.of("平潭县人民政府", "350128"));
    }

    @Test
    void noRegionCodeMeansNoId() {
        assertNull(identity.of("洪泽区人民政府", null));
        assertNull(identity.of("洪泽区人民政府", "999999"));
        assertNull(identity.of(null, "320813"));
    }

    @Test
    void aNameThatIsItsPlaceAloneIsNamedByThePlace() {
        assertEquals("320813:洪泽区", identity.of("淮安市洪泽区", "320813"));
    }
}
