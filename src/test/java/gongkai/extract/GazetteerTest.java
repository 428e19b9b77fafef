package gongkai.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            洛阳市统计局             | 河南省洛阳市         | 410300 | 河南省 | 市级
            洛阳统计局               | 河南省洛阳市         | 410300 | 河南省 | 市级
            鲤城区统计局             | 福建省泉州市鲤城区   | 350502 | 福建省 | 县级
            泉州市鲤城区统计局       | 福建省泉州市鲤城区   | 350502 | 福建省 | 县级
            上海市人民政府办公厅     | 上海市               | 310000 | 上海市 | 省级
            上海市浦东新区人民政府   | 上海市浦东新区       | 310115 | 上海市 | 县级
            平潭综合实验区管理委员会 | 福建省福州市平潭县   | 350128 | 福建省 | 县级
            平潭县人民政府           | 福建省福州市平潭县   | 350128 | 福建省 | 县级
            浙江省统计局             | 浙江省               | 330000 | 浙江省 | 省级
            广西壮族自治区人民政府   | 广西壮族自治区       | 450000 | 广西壮族自治区 | 省级
            济源市人民政府           | 河南省济源市         | 419001 | 河南省 | 县级
            洪泽区高良涧街道办事处   | 江苏省淮安市洪泽区高良涧街道 | 320813 | 江苏省 | 乡级
            东莞市公安局             | 广东省东莞市         | 441900 | 广东省 | 市级
            儋州市人民政府           | 海南省儋州市         | 460400 | 海南省 | 市级
            """)
    @org.junit.jupiter.api.Timeout(10) // a cycle in the parent links would otherwise hang
    void placesAnAgencyByTheAreaItsNameStartsWith(String agency, String region, String code, String province, String level) {
        Placement p = GAZETTEER.place(agency, "");
        assertEquals(region, p.region());
        assertEquals(code, p.regionCode());
        assertEquals(province, p.province());
        assertEquals(level, p.level());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            东莞市统计局 | 广东省东莞市 | 441900
            中山市公安局 | 广东省中山市 | 442000
            儋州市人民政府 | 海南省儋州市 | 460400
            """)
    void citiesWithoutCountiesArePlacedAtOnce(String agency, String region, String code) {
        Placement p = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> GAZETTEER.place(agency, "广东省 海南省"));
        assertEquals(region, p.region());
        assertEquals(code, p.regionCode());
        assertEquals("市级", p.level());
    }

    @Test
    void municipalitiesHaveNoPseudoCityLevel() {
        Division huangpu = GAZETTEER.byCode("310101").orElseThrow();
        assertEquals("310000", huangpu.parentCode());
        assertEquals("上海市黄浦区", GAZETTEER.path(huangpu));
        assertTrue(GAZETTEER.named("市辖区").isEmpty());
    }

    @Test
    void aSharedNameAloneIsAmbiguous() {
        Placement p = GAZETTEER.place("鼓楼区", "");
        assertNull(p.region());
        assertTrue(p.ambiguous());
        assertTrue(p.warnings().getFirst().contains("福建省福州市鼓楼区"), p.warnings()::toString);
        assertEquals(4, GAZETTEER.named("鼓楼区").size());
    }

    @Test
    void aProvinceNamedNearbyIsNotEnoughWhenTwoCitiesInItShareTheName() {
        Placement p = GAZETTEER.place("鼓楼区统计局", "江苏省");
        assertNull(p.region());
    }

    @Test
    void aCityNamedNearbyDecides() {
        assertEquals("福建省福州市鼓楼区", GAZETTEER.place("鼓楼区统计局", "福州市鼓楼区政府大院").region());
        assertEquals("河南省开封市鼓楼区", GAZETTEER.place("鼓楼区统计局", "开封鼓楼").region());
    }

    @Test
    void aCountyShortFormAloneIsNotAPlace() {
        // 公安 is also 湖北省荆州市公安县, but alone it is the ordinary word.
        assertFalse(GAZETTEER.place("公安局", "").found());
    }

    @Test
    void aNameInsideAnotherPlaceMustLieInIt() {
        Placement p = GAZETTEER.place("洛阳市公安局", "");
        assertEquals("河南省洛阳市", p.region());
        assertEquals("市级", p.level());
    }

    @Test
    void anUnknownNameIsNotPlaced() {
        Placement p = GAZETTEER.place("国家统计局", "");
        assertFalse(p.found());
        assertFalse(p.ambiguous());
        assertEquals(1, p.warnings().size());
    }

    @Test
    void anOcrSlipIsFoldedWhereTheGazetteerKnowsThePlace() {
        // 准安 is no place; 淮安 is, and 准 is what OCR reads for 淮
        assertEquals("淮安市人民政府", GAZETTEER.ocrSlipOf("准安市人民政府").orElseThrow());
        assertEquals("沭阳县人民政府", GAZETTEER.ocrSlipOf("沐阳县人民政府").orElseThrow());
    }

    @Test
    void aKnownPlaceOrANameWithoutAConfusableCharacterIsNoSlip() {
        assertTrue(GAZETTEER.ocrSlipOf("淮安市人民政府").isEmpty());
        assertTrue(GAZETTEER.ocrSlipOf("国家统计局").isEmpty());
        // 准 is what OCR reads for 淮, but 准格尔旗 is a place of its own
        assertTrue(GAZETTEER.ocrSlipOf("准格尔旗人民政府").isEmpty());
        // 准 folds to 淮, but 淮山 names no place either
        assertTrue(GAZETTEER.ocrSlipOf("准山市人民政府").isEmpty());
    }
}
