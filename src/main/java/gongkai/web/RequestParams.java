package gongkai.web;

import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;
import gongkai.search.SearchLimits;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads and bounds the API's query-string parameters. Every parameter that reaches the
 * search engine has passed through here, so that nothing a client sends can make the
 * server work without limit or fail with a 500.
 */
final class RequestParams {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern REPORT_ID = Pattern.compile("[0-9a-f]{16}");

    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private final FigureCatalog catalog;
    private final SearchLimits limits;

    RequestParams(FigureCatalog catalog, SearchLimits limits) {
        this.catalog = catalog;
        this.limits = limits;
    }

    /**
     * Refuses a query string with a broken percent escape ({@code %zz}, a lone {@code %}),
     * which the decoder would otherwise drop silently, turning a query into no query.
     */
    static void checkEscapes(Context ctx) {
        String raw = ctx.queryString();
        if (raw != null && BAD_ESCAPE.matcher(raw).find()) {
            throw new BadRequestResponse("网址中的 % 编码有误 (malformed percent-encoding in the query string)");
        }
    }

    /** The query, blank when absent. */
    String query(Context ctx) {
        String q = text(ctx, "q");
        int max = limits.maxQueryLength();
        if (q.length() > max) {
            throw new BadRequestResponse("查询太长：最多 " + max + " 个字符 (query longer than " + max + " characters)");
        }
        return q.strip();
    }

    int page(Context ctx) {
        return wholeNumber(ctx, "page", 1, 1, limits.maxDepth());
    }

    int size(Context ctx, int defaultSize) {
        return wholeNumber(ctx, "size", defaultSize, 1, limits.maxSize());
    }

    /**
     * The page window, checked as a whole: deep paging costs memory in proportion to
     * page × size, which may not pass the limits' depth; past it, narrow the query instead.
     */
    void checkWindow(int page, int size) {
        int max = limits.maxDepth();
        if ((long) page * size > max) {
            throw new BadRequestResponse("翻页太深：page × size 不能超过 " + max
                    + "，请缩小查询范围 (page × size may not exceed " + max + ")");
        }
    }

    /** relevance, year, -year, indexed, -indexed, or a figure key or alias with an optional leading '-'; aliases become keys. */
    String sort(Context ctx) {
        String s = text(ctx, "sort").strip();
        if (s.isEmpty() || s.equals("relevance")) return "relevance";
        // indexed (when the report was indexed): the order of the feed, for a search as well
        if (s.equals("year") || s.equals("-year") || s.equals("indexed") || s.equals("-indexed")) return s;
        boolean descending = s.startsWith("-");
        String name = descending ? s.substring(1) : s;
        FigureKey key = catalog.resolve(name).orElseThrow(() -> new BadRequestResponse(
                "未知的排序方式：" + clip(s) + "（可用 relevance、year、-year 或指标名）(unknown sort key)"));
        return (descending ? "-" : "") + key.key();
    }

    /** Figure keys for statistics: comma-separated and/or repeated {@code stats} parameters. */
    List<String> stats(Context ctx) {
        List<String> keys = new ArrayList<>();
        for (String raw : ctx.queryParams("stats")) {
            checkEncoding("stats", raw);
            for (String part : raw.split(",")) {
                if (part.isBlank()) continue;
                keys.add(figure(part.strip(), "stats").key());
            }
        }
        if (keys.size() > limits.maxStats()) {
            throw new BadRequestResponse("统计指标太多：最多 " + limits.maxStats() + " 个 (at most " + limits.maxStats() + " stats)");
        }
        return keys.stream().distinct().toList();
    }

    /** A required figure parameter, by key or alias. */
    FigureKey figure(Context ctx, String name) {
        String v = text(ctx, name).strip();
        if (v.isEmpty()) throw new BadRequestResponse("缺少参数 " + name + " (missing parameter " + name + ")");
        return figure(v, name);
    }

    /** One of the allowed words, or the first when absent. */
    String choice(Context ctx, String name, List<String> allowed) {
        String v = text(ctx, name).strip();
        if (v.isEmpty()) return allowed.get(0);
        if (!allowed.contains(v)) {
            throw new BadRequestResponse("参数 " + name + " 只能是 " + String.join("、", allowed)
                    + " (" + name + " must be one of " + String.join(", ", allowed) + ")");
        }
        return v;
    }

    /** A report id from the path: 16 lower-case hex digits. */
    String reportId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!REPORT_ID.matcher(id).matches()) {
            throw new BadRequestResponse("报告编号应为 16 位十六进制数字 (a report id is 16 hex digits)");
        }
        return id;
    }

    /** A report id from the query string ({@code ?from=}), or null when the parameter is absent or blank. */
    String reportIdParam(Context ctx, String name) {
        String id = ctx.queryParam(name);
        if (id == null || id.isBlank()) return null;
        id = id.strip();
        if (!REPORT_ID.matcher(id).matches()) {
            throw new BadRequestResponse(name + "：报告编号应为 16 位十六进制数字 (" + name + ": a report id is 16 hex digits)");
        }
        return id;
    }

    /** An agency id from the path: a region code, a colon and a name ({@code 320813:人民政府}). */
    String agencyId(Context ctx) {
        String id = ctx.pathParam("id").strip();
        if (!AGENCY_ID.matcher(id).matches()) {
            throw new BadRequestResponse("机关编号应为“行政区划代码:机关名称”，如 320813:人民政府 "
                    + "(an agency id is a region code, a colon and a name, e.g. 320813:人民政府)");
        }
        return id;
    }

    private static final java.util.regex.Pattern AGENCY_ID = java.util.regex.Pattern.compile("\\d{6}:[^\"\\\\]{1,100}");

    private FigureKey figure(String name, String param) {
        return catalog.resolve(name).orElseThrow(() -> new BadRequestResponse(
                "未知的指标：" + clip(name) + "，见 /api/fields (unknown figure in " + param + ")"));
    }

    private int wholeNumber(Context ctx, String name, int defaultValue, int min, int max) {
        String v = text(ctx, name).strip();
        if (v.isEmpty()) return defaultValue;
        int n = WHOLE_NUMBER.matcher(v).matches() ? Integer.parseInt(v) : -1;
        if (n < min || n > max) {
            throw new BadRequestResponse(name + " 必须是 " + min + " 到 " + max + " 之间的整数 ("
                    + name + " must be a whole number from " + min + " to " + max + ")");
        }
        return n;
    }

    /** A single-valued parameter, empty when absent; rejects text that was not valid UTF-8. */
    private static String text(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.size() > 1) {
            throw new BadRequestResponse("参数 " + name + " 只能出现一次 (" + name + " given more than once)");
        }
        String v = values.isEmpty() || values.get(0) == null ? "" : values.get(0);
        checkEncoding(name, v);
        return v;
    }

    /**
     * Percent-encoded bytes that are not UTF-8 decode to U+FFFD; no real query contains it, so
     * it is reported rather than searched for. Control characters are refused for the same reason.
     */
    private static void checkEncoding(String name, String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\uFFFD') {
                throw new BadRequestResponse("参数 " + name + " 不是有效的 UTF-8 编码 (" + name + " is not valid UTF-8)");
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new BadRequestResponse("参数 " + name + " 含有控制字符 (" + name + " contains a control character)");
            }
        }
    }

    /** Echoes at most 40 characters of what the client sent. */
    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
