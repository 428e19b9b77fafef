package gongkai.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import java.util.List;
import java.util.Map;

/**
 * What the server accepts before a request reaches its route: only GET (and HEAD) on the
 * API, and no request body on any route, since every route reads its parameters from the
 * address. A body would be read by nothing, so it is refused rather than left on the wire.
 */
final class RequestRules {

    /** Every API route; all of them answer GET only. */
    static final List<String> API_ROUTES = List.of("/api/search", "/api/reports/{id}", "/api/reports/{id}/original",
            "/api/export.csv", "/api/export.xlsx",
            "/api/feed.atom", "/api/fields", "/api/chart", "/api/agencies/{id}", "/api/diff");

    static final String ALLOWED = "GET, HEAD";

    private RequestRules() {
    }

    /** 405 with {@code Allow} for any method but GET and HEAD on an API route. */
    static void onlyGet(Context ctx) {
        String method = ctx.req().getMethod();
        if (method.equals("GET") || method.equals("HEAD")) return;
        ctx.header("Allow", ALLOWED);
        throw new HttpResponseException(405, "不支持的请求方法，只接受 GET (method not allowed: " + method + ")", Map.of());
    }

    /** 413 for a request that carries a body: a declared length above zero, or a chunked one. */
    static void refuseBody(Context ctx) {
        String length = ctx.header("Content-Length");
        boolean hasBody = ctx.header("Transfer-Encoding") != null || (length != null && !length.trim().equals("0"));
        if (!hasBody) return;
        ctx.header("Connection", "close"); // the unread body must not be taken for the next request
        throw new HttpResponseException(413, "请求不应带正文 (request body not accepted)", Map.of());
    }
}
