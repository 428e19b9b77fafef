package gongkai.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's text split from the header a site crawler put before it (标题: …, 发布时间: …,
 * 原文链接: … then a ===== 正文 ===== line) and from the site's navigation chrome
 * (当前位置： … 相关链接： -->). Text without such a header is all body.
 *
 * @param header the crawler's fields by name (标题, 发布时间, 文号, 发布机构 …); empty if none
 * @param body   the report itself
 */
record PageText(Map<String, String> header, String body) {

    private static final Pattern BODY_MARK = Pattern.compile("^=+\\s*正文\\s*=+\\s*$", Pattern.MULTILINE);
    private static final Pattern FIELD = Pattern.compile("^([\\p{IsHan}]{2,6})[ \\t]*[:：][ \\t]*(.*?)[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern CHROME = Pattern.compile("^\\s*当前位置[:：][^\\n]{0,400}?相关链接[:：]\\s*-->\\s*");
    private static final int MAX_HEADER = 2000;

    static PageText of(String text) {
        if (!text.startsWith("标题")) {
            return new PageText(Map.of(), text);
        }
        Matcher mark = BODY_MARK.matcher(text);
        if (!mark.find() || mark.start() > MAX_HEADER) {
            return new PageText(Map.of(), text);
        }
        Map<String, String> header = new HashMap<>();
        Matcher field = FIELD.matcher(text).region(0, mark.start());
        while (field.find()) {
            header.putIfAbsent(field.group(1), field.group(2));
        }
        String body = text.substring(mark.end());
        Matcher chrome = CHROME.matcher(body);
        if (chrome.find()) {
            body = body.substring(chrome.end());
        }
        return new PageText(Map.copyOf(header), body.strip());
    }

    /** A header field, or null when absent or blank. */
    String field(String name) {
        String value = header.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
