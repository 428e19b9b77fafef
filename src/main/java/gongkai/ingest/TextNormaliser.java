package gongkai.ingest;

/**
 * Normalises report text for search, in one pass over the characters:
 * <ul>
 *   <li>full-width ASCII letters and digits (Ａ, ２) become half-width, so 2023 matches ２０２３;</li>
 *   <li>spaces and line breaks between two Chinese characters are removed: PDFs and OCR put them
 *       inside words (政 府, 公开\n工作) where Chinese has none;</li>
 *   <li>everything else, curly “ ” and corner 「 」 quotes included, is kept as written.</li>
 * </ul>
 * The extractor reads the un-normalised text, whose line structure carries the tables.
 */
public final class TextNormaliser {

    /** The text as indexed and searched. */
    public String forSearch(String text) {
        int n = text.length();
        // a plain array rather than a StringBuilder: this runs over every character of every report
        char[] in = text.toCharArray();
        char[] out = new char[n];
        int len = 0;
        int i = 0;
        while (i < n) {
            char c = in[i];
            if (c >= '\u4E00' && c < '０') {
                // most of a report: ideographs, which are neither spaces nor full-width letters
                out[len++] = c;
                i++;
                continue;
            }
            if (isSpace(c)) {
                int end = i + 1;
                while (end < n && isSpace(in[end])) end++;
                boolean between = len > 0 && isChinese(out[len - 1]) && end < n && isChinese(in[end]);
                if (!between) {
                    System.arraycopy(in, i, out, len, end - i);
                    len += end - i;
                }
                i = end;
                continue;
            }
            if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) c = (char) (c - 0xFEE0);
            out[len++] = c;
            i++;
        }
        return new String(out, 0, len);
    }

    /** A CJK ideograph (the common blocks, which is where report text lives). */
    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
    }

    /** An ideograph or Chinese punctuation (、。，：；？！（）《》 and the like). */
    static boolean isChinese(char c) {
        return isHan(c) || (c >= '\u3001' && c <= '\u303F') || c == '，' || c == '：' || c == '；' || c == '？'
                || c == '！' || c == '（' || c == '）';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }
}
