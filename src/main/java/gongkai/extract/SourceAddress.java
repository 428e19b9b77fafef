package gongkai.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a report lives on the web, as its file says: the {@code 原文链接} of a site crawler's
 * header, or a source line near the top of the text ({@code 原文链接：https://…},
 * {@code 原文地址}, {@code 来源网址}, {@code 页面地址}). A site's address printed in the text
 * (本报告可在…网站（https://…）下载) is the site, not the report, and is not taken. Thread-safe.
 */
final class SourceAddress {

    /** A source line stands near the top: the crawler's header is at most this long. */
    private static final int SEARCHED_CHARS = 3000;
    private static final Pattern LINE = Pattern.compile(
            "^[ \\t]*(?:原文链接|原文地址|原文网址|来源网址|来源链接|页面地址|网页地址)[ \\t]*[:：][ \\t]*(\\S+)[ \\t]*$",
            Pattern.MULTILINE);
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'，。；、（）()\\[\\]{}]+", Pattern.CASE_INSENSITIVE);

    private SourceAddress() {
    }

    /** The report's web address, or null when the text gives none. */
    static String of(String text) {
        if (text == null) return null;
        String header = PageText.of(text).field("原文链接");
        if (header != null) return url(header.strip());
        Matcher m = LINE.matcher(text).region(0, Math.min(text.length(), SEARCHED_CHARS));
        return m.find() ? url(m.group(1)) : null;
    }

    /** The value when it is one whole http(s) address; null otherwise. */
    private static String url(String value) {
        return URL.matcher(value).matches() ? value : null;
    }
}
