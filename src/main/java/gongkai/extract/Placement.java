package gongkai.extract;

import java.util.List;

/**
 * Where an agency sits, as far as its name and the text around it tell. Unknown values are null,
 * and {@link #warnings()} says why.
 *
 * @param region     full path, province first, e.g. 福建省泉州市鲤城区
 * @param regionCode GB/T 2260 code of the deepest division in the gazetteer
 * @param province   the province-level division, e.g. 福建省 or 上海市
 * @param level      省级, 市级, 县级 or 乡级: the level of the agency's area
 * @param ambiguous  whether the name fits several places and nothing told them apart
 */
public record Placement(String region, String regionCode, String province, String level, boolean ambiguous,
                        List<String> warnings) {

    static Placement unknown(List<String> warnings, boolean ambiguous) {
        return new Placement(null, null, null, null, ambiguous, List.copyOf(warnings));
    }

    public boolean found() {
        return regionCode != null;
    }
}
