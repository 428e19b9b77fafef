package gongkai.extract;

import java.util.OptionalLong;

/**
 * A whole count written in Chinese numerals as prose writes one: 十八, 二十一, 一百零五, 两千,
 * 三万零八百. Only the regular spelling is read; a string that is not one exact count
 * (三四 "three or four", 一〇五 spelled digit by digit, 十十) is no count at all, since a prose
 * figure read wrongly would be worse than one not read.
 *
 * <p>Written by hand: the project's libraries (Lucene, Tika, Jackson) have no Chinese numeral
 * reader, and ICU's spell-out rules are lenient where this must be strict.
 */
final class ChineseCount {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseCount() {
    }

    /** The value of {@code s}, or empty when it is not one regularly spelled count below 一亿. */
    static OptionalLong parse(String s) {
        if (s.isEmpty()) return OptionalLong.empty();
        int wan = s.indexOf('万');
        if (wan >= 0) {
            if (wan == 0 || s.indexOf('万', wan + 1) >= 0) return OptionalLong.empty();
            OptionalLong high = belowTenThousand(s.substring(0, wan), false);
            if (high.isEmpty() || high.getAsLong() == 0) return OptionalLong.empty();
            String rest = s.substring(wan + 1);
            if (rest.isEmpty()) return OptionalLong.of(high.getAsLong() * 10_000);
            // 三万零八百: a 零 marks the missing thousands; 三万八千 has none
            boolean zeroed = rest.charAt(0) == '零';
            OptionalLong low = belowTenThousand(zeroed ? rest.substring(1) : rest, true);
            if (low.isEmpty() || low.getAsLong() == 0) return OptionalLong.empty();
            if (zeroed == (low.getAsLong() >= 1000)) return OptionalLong.empty();
            return OptionalLong.of(high.getAsLong() * 10_000 + low.getAsLong());
        }
        return belowTenThousand(s, false);
    }

    /**
     * 0 to 9999: digits each followed by 千, 百 or 十 in falling order, a 零 standing for each
     * run of skipped places before a later digit (一百零五, 一千零五十), a bare 十 for 10 at the
     * start. {@code tail} is true after 万, where 十 needs its digit (三万一十, not 三万十).
     */
    private static OptionalLong belowTenThousand(String s, boolean tail) {
        if (s.equals("零") || s.equals("〇")) return tail ? OptionalLong.empty() : OptionalLong.of(0);
        if (s.equals("两")) return OptionalLong.of(2);
        long value = 0;
        int lastPlace = 10_000;
        boolean pendingZero = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '零') {
                if (pendingZero || i == 0) return OptionalLong.empty();
                pendingZero = true;
                i++;
                continue;
            }
            int digit;
            if (c == '十' && i == 0 && !tail) {
                digit = 1;
            } else {
                digit = c == '两' ? 2 : DIGITS.indexOf(c);
                if (digit <= 0) return OptionalLong.empty();
                i++;
                // 两 counts hundreds, thousands and 万 but not tens (二十, never 两十) or units
                if (c == '两' && (i >= s.length() || s.charAt(i) == '十')) return OptionalLong.empty();
            }
            int place = i < s.length() ? place(s.charAt(i)) : 1;
            if (place == 0) return OptionalLong.empty();
            if (place >= lastPlace) return OptionalLong.empty();
            // a 零 must stand for at least one skipped place, and a skipped place needs a 零
            // except at the end (一百五 is 150 in speech, too loose for a count: refused)
            boolean skipped = place * 10 < lastPlace && lastPlace != 10_000;
            if (skipped != pendingZero) return OptionalLong.empty();
            value += (long) digit * place;
            lastPlace = place;
            pendingZero = false;
            if (place > 1) i++;
        }
        if (pendingZero) return OptionalLong.empty();
        return OptionalLong.of(value);
    }

    private static int place(char c) {
        return switch (c) {
            case '千' -> 1000;
            case '百' -> 100;
            case '十' -> 10;
            default -> 0;
        };
    }
}
