package gongkai.synth;

/**
 * A real administrative area an agency of the synthetic corpus belongs to.
 *
 * @param province the province-level area, e.g. 浙江省 or 北京市
 * @param city     the prefecture-level city, empty for provinces and for districts of a municipality
 * @param county   the county-level area, empty above county level
 */
public record Area(String province, String city, String county) {

    /** The area's own name: the lowest level that is set, e.g. 平湖市 for 浙江省嘉兴市平湖市. */
    public String name() {
        if (!county.isEmpty()) return county;
        if (!city.isEmpty()) return city;
        return province;
    }

    /** Province first, as the dictionary's {@code region}: 浙江省嘉兴市平湖市. */
    public String region() {
        return province + city + county;
    }

    /** 省级, 市级 or 县级, as the dictionary's {@code level}. */
    public String level() {
        if (!county.isEmpty()) return "县级";
        if (!city.isEmpty()) return "市级";
        return "省级";
    }

    /** True for 北京市, 天津市, 上海市 and 重庆市, whose agencies are named like a city's. */
    public boolean municipality() {
        return province.endsWith("市");
    }

    /**
     * The name as a signature prints it: a county with its city (泉州市鲤城区), a district of a
     * municipality with the municipality (北京市朝阳区), anything else alone.
     */
    public String signatureName() {
        if (county.isEmpty()) return name();
        return (city.isEmpty() ? province : city) + county;
    }

    /** The name without its administrative suffix, as prose uses it: 丽水 for 丽水市. */
    public String shortName() {
        String n = name();
        for (String suffix : new String[]{"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "新区", "省", "市", "区", "县", "旗"}) {
            if (n.endsWith(suffix) && n.length() - suffix.length() >= 2) {
                String s = n.substring(0, n.length() - suffix.length());
                int nationality = s.indexOf("族");
                // 延边朝鲜族自治州 → 延边: drop the nationality names a prefecture carries
                return nationality > 1 && suffix.equals("自治州") ? s.substring(0, 2) : s;
            }
        }
        return n;
    }

    /** How the area's own government speaks of it: 我省, 我市, 我区, 我县, 我州 or 我旗. */
    public String selfReference() {
        String n = name();
        char last = n.charAt(n.length() - 1);
        return "我" + (n.endsWith("自治区") ? '区' : last);
    }
}
