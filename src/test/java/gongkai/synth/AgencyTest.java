package gongkai.synth;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AgencyTest {

    private static final Area ZHEJIANG = new Area("浙江省", "", "");
    private static final Area LISHUI = new Area("浙江省", "丽水市", "");
    private static final Area LICHENG = new Area("福建省", "泉州市", "鲤城区");
    private static final Area BEIJING = new Area("北京市", "", "");

    @Test
    void provincialDepartmentsAreNamedTing() {
        assertEquals("浙江省公安厅", Agency.of(ZHEJIANG, AgencyType.PUBLIC_SECURITY).name());
        assertEquals("我厅", Agency.of(ZHEJIANG, AgencyType.PUBLIC_SECURITY).selfReference());
    }

    @Test
    void cityAndCountyAgenciesAreNamedJu() {
        assertEquals("丽水市统计局", Agency.of(LISHUI, AgencyType.STATISTICS).name());
        assertEquals("鲤城区统计局", Agency.of(LICHENG, AgencyType.STATISTICS).name());
        assertEquals("泉州市鲤城区统计局", Agency.of(LICHENG, AgencyType.STATISTICS).signatureName());
    }

    @Test
    void municipalitiesNameEducationAWeiyuanhui() {
        assertEquals("北京市教育委员会", Agency.of(BEIJING, AgencyType.EDUCATION).name());
        assertEquals("我委", Agency.of(BEIJING, AgencyType.EDUCATION).selfReference());
    }

    @Test
    void governmentsSpeakOfTheirArea() {
        assertEquals("丽水市人民政府", Agency.of(LISHUI, AgencyType.GOVERNMENT).name());
        assertEquals("我市", Agency.of(LISHUI, AgencyType.GOVERNMENT).selfReference());
        assertEquals("我区", Agency.of(LICHENG, AgencyType.GOVERNMENT).selfReference());
    }

    @Test
    void aMunicipalDistrictHasNoPoliceBureauOfItsOwn() {
        assertFalse(AgencyType.PUBLIC_SECURITY.existsIn(new Area("北京市", "", "朝阳区")));
    }

    @Test
    void shortNamesDropTheSuffix() {
        assertEquals("丽水", LISHUI.shortName());
        assertEquals("延边", new Area("吉林省", "延边朝鲜族自治州", "").shortName());
    }
}
