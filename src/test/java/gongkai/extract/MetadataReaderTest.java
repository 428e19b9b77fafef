package gongkai.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetadataReaderTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private final MetadataReader reader = new MetadataReader(GAZETTEER);

    /** Expected values read from each report by hand; a blank cell means the report does not print it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            samples/seeds/licheng-tjj-2020.txt | 鲤城区统计局 | 2020 | 福建省泉州市鲤城区 | 350502 | 福建省 | 县级 | 泉鲤统〔2021〕1号 | 2021-01-06
            samples/seeds/lishui-tjj-2020.txt  | 丽水市统计局 | 2020 | 浙江省丽水市       | 331100 | 浙江省 | 市级 |                  |
            samples/seeds/luoyang-tjj-2020.txt | 洛阳市统计局 | 2020 | 河南省洛阳市       | 410300 | 河南省 | 市级 |                  |
            samples/seeds/pinghu-tjj-2021.txt  | 平湖市统计局 | 2021 | 浙江省嘉兴市平湖市 | 330482 | 浙江省 | 县级 |                  |
            samples/seeds/yichun-tjj-2020.txt  | 宜春市统计局 | 2020 | 江西省宜春市       | 360900 | 江西省 | 市级 |                  |
            samples/real/平潭县人民政府_2011.txt | 平潭县人民政府 | 2011 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2012-02-20
            samples/real/平潭县人民政府_2012.txt | 平潭县人民政府 | 2012 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2013-01-16
            samples/real/平潭县人民政府_2013.txt | 平潭县人民政府 | 2013 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2014-01-22
            samples/real/平潭综合实验区_2011.txt | 平潭综合实验区 | 2011 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2012-02-20
            samples/real/平潭综合实验区_2012.txt | 平潭综合实验区 | 2012 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2013-01-20
            samples/real/平潭综合实验区_2013.txt | 平潭综合实验区 | 2013 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2014-01-10
            samples/real/平潭综合实验区管委会_2014.txt | 平潭综合实验区管委会 | 2014 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2015-01-02
            samples/real/平潭综合实验区_2015.txt | 平潭综合实验区 | 2015 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2016-01-12
            samples/real/平潭综合实验区_2016.txt | 平潭综合实验区 | 2016 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2017-01-18
            samples/real/平潭综合实验区_2017.txt | 平潭综合实验区 | 2017 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2018-01-23
            samples/real/平潭综合实验区_2018.txt | 平潭综合实验区 | 2018 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2019-01-10
            samples/real/平潭综合实验区_2019.txt | 平潭综合实验区 | 2019 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2020-01-20
            samples/real/平潭综合实验区_2020.txt | 平潭综合实验区 | 2020 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2021-03-05
            samples/real/平潭综合实验区_2021.txt | 平潭综合实验区 | 2021 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2022-02-08
            samples/real/平潭综合实验区_2022.txt | 平潭综合实验区 | 2022 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2023-02-20
            samples/real/平潭综合实验区_2023.txt | 平潭综合实验区 | 2023 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2024-03-08
            samples/real/平潭综合实验区_2024.txt | 平潭综合实验区 | 2024 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2025-03-10
            samples/real/平潭综合实验区_2025.txt | 平潭综合实验区 | 2025 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2026-03-10
            samples/real/平潭综合实验区地方税务局_2013.txt | 平潭综合实验区地方税务局 | 2013 | 福建省福州市平潭县 | 350128 | 福建省 | 县级 | | 2014-02-25
            samples/real/沭阳县人民政府_2025.txt | 沐阳县人民政府 | 2025 | 江苏省宿迁市沭阳县 | 321322 | 江苏省 | 县级 | | 2026-01-23
            samples/real/上海市人民政府办公厅_2025.md | 上海市人民政府办公厅 | 2025 | 上海市 | 310000 | 上海市 | 省级 | |
            samples/real/上海市科学技术委员会_2024.md | 上海市科委 | 2024 | 上海市 | 310000 | 上海市 | 省级 | |
            src/test/resources/fixtures/meta/上海市人民政府办公厅_2019.html.txt | 上海市人民政府办公厅 | 2019 | 上海市 | 310000 | 上海市 | 省级 | | 2020-01-31
            src/test/resources/fixtures/meta/淮安市人民政府_2024.pdf.txt | 淮安市人民政府 | 2024 | 江苏省淮安市 | 320800 | 江苏省 | 市级 | |
            src/test/resources/fixtures/meta/淮安市洪泽区人民政府_2023.pdf.txt | 洪泽区人民政府 | 2023 | 江苏省淮安市洪泽区 | 320813 | 江苏省 | 县级 | |
            src/test/resources/fixtures/meta/淮安市洪泽区人民政府_2024.pdf.txt | 淮安市洪泽区人民政府 | 2024 | 江苏省淮安市洪泽区 | 320813 | 江苏省 | 县级 | |
            """)
    void readsWhatTheReportPrints(String file, String agency, int year, String region, String code, String province,
                                  String level, String docNo, String published) throws IOException {
        Metadata m = read(file);
        assertEquals(agency, m.agency(), "agency");
        assertEquals(year, m.year(), "year");
        assertEquals(region, m.region(), "region");
        assertEquals(code, m.regionCode(), "regionCode");
        assertEquals(province, m.province(), "province");
        assertEquals(level, m.level(), "level");
        assertEquals(docNo, m.docNo(), "docNo");
        assertEquals(published == null ? null : LocalDate.parse(published), m.published(), "published");
    }

    @Test
    void aMissingDateIsNullWithAWarning() throws IOException {
        Metadata m = read("samples/seeds/luoyang-tjj-2020.txt");
        assertNull(m.published());
        assertTrue(m.warnings().stream().anyMatch(w -> w.startsWith("published:")), m.warnings()::toString);
    }

    @Test
    void aPageDateIsUsedOnlyWithAWarning() throws IOException {
        Metadata m = read("samples/real/平潭综合实验区_2022.txt");
        assertTrue(m.warnings().stream().anyMatch(w -> w.contains("web page's publication date")), m.warnings()::toString);
    }

    @Test
    void aRegionFromTheFileNameSaysSo() throws IOException {
        Metadata m = read("samples/real/沭阳县人民政府_2025.txt");
        assertTrue(m.warnings().stream().anyMatch(w -> w.contains("from the file name")), m.warnings()::toString);
    }

    @Test
    void aDateInsideTheStatisticsPeriodIsNotThePublicationDate() {
        Metadata m = reader.read("洪泽区人民政府\n2023 年政府信息公开工作年度报告\n报告中所列数据统计期限自 2023 年 1 月 1 日\n起至 2023 年 12 月 31 日止。", "x.pdf");
        assertNull(m.published());
    }

    @Test
    void chineseNumeralDatesAreRead() {
        Metadata m = reader.read("平潭县人民政府2013年政府信息公开工作年度报告\n正文……\n二○一四年一月十日\n", "x.txt");
        assertEquals(LocalDate.of(2014, 1, 10), m.published());
    }

    @Test
    void isoDatesAreRead() {
        Metadata m = reader.read("洛阳市统计局2020年政府信息公开工作年度报告\n正文。\n2021-01-06\n", "x.txt");
        assertEquals(LocalDate.of(2021, 1, 6), m.published());
    }

    @Test
    void anAmbiguousDistrictIsLeftUnplacedWithAWarning() {
        Metadata m = reader.read("鼓楼区统计局2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我局……", "鼓楼区统计局_2020.txt");
        assertEquals("鼓楼区统计局", m.agency());
        assertNull(m.region());
        assertNull(m.level());
        assertTrue(m.warnings().stream().anyMatch(w -> w.contains("鼓楼区") && w.contains("places")), m.warnings()::toString);
    }

    @Test
    void aCityNamedNearbyTellsSameNamedDistrictsApart() {
        Metadata m = reader.read("鼓楼区统计局2020年政府信息公开工作年度报告\n本报告电子版可在“南京市鼓楼区人民政府”网站下载。", "x.txt");
        assertEquals("江苏省南京市鼓楼区", m.region());
        assertEquals("320106", m.regionCode());
    }

    @Test
    void nothingIsInventedFromAnEmptyText() {
        Metadata m = reader.read("", null);
        assertNull(m.agency());
        assertNull(m.year());
        assertNull(m.region());
        assertTrue(m.warnings().size() >= 3, m.warnings()::toString);
    }

    private Metadata read(String file) throws IOException {
        Path path = Path.of(file);
        String name = path.getFileName().toString().replace(".pdf.txt", ".pdf").replace(".html.txt", ".html");
        return reader.read(Files.readString(path), name);
    }
}
