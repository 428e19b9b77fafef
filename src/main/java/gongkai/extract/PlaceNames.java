package gongkai.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How reports shorten place names: 洛阳市 → 洛阳, 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边. */
final class PlaceNames {

    private static final Pattern AUTONOMOUS = Pattern.compile(
            "^(\\p{IsHan}{2,}?)(?:(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|"
                    + "拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|"
                    + "乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺)族)*"
                    + "(?:自治区|自治州|自治县|自治旗)$");
    private static final String[] SUFFIXES = {"特别行政区", "林区", "地区", "省", "市", "区", "县", "盟", "旗"};

    private PlaceNames() {
    }

    /** The name without its generic suffix, or null when that would leave fewer than two characters. */
    static String shortForm(String name) {
        Matcher m = AUTONOMOUS.matcher(name);
        if (m.matches()) {
            return m.group(1);
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }
}
