package gongkai.synth;

import gongkai.extract.Gazetteer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionCodesTest {

    private static final AreaList AREAS = AreaList.bundled();
    private static final RegionCodes CODES = RegionCodes.of(AREAS, Gazetteer.load());

    @Test
    void everyBundledAreaIsARealDivision() {
        assertEquals(AREAS.all().size(), CODES.size(),
                AREAS.all().stream().filter(a -> CODES.code(a) == null).map(Area::region).toList().toString());
    }

    @Test
    void findsTheCountyUnderItsOwnCity() {
        assertEquals("350502", CODES.code(new Area("福建省", "泉州市", "鲤城区")));
        assertEquals("110105", CODES.code(new Area("北京市", "", "朝阳区")));
        assertEquals("441900", CODES.code(new Area("广东省", "东莞市", "")));
        assertEquals("330000", CODES.code(new Area("浙江省", "", "")));
    }

    @Test
    void truthCarriesTheCode() {
        for (SynthReport r : Samples.make(4, 50)) assertTrue(r.truth().regionCode().matches("\\d{6}"), r.truth().region());
    }
}
