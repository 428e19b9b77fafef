package gongkai.web;

import gongkai.search.SearchLimits;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Errors that Jetty answers itself, before a request reaches the app (a request line or
 * headers too long, a malformed URI), in the same JSON shape as the app's own errors,
 * without Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

    private final SearchLimits limits;

    JsonErrorHandler(SearchLimits limits) {
        this.limits = limits;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(body(code, limits)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        return ByteBuffer.wrap(body(status, limits));
    }

    static byte[] body(int status, SearchLimits limits) {
        String message = switch (status) {
            case 414, 431 -> "请求太长：查询最多 " + limits.maxQueryLength() + " 个字符 (request too long)";
            case 404 -> "找不到这个地址 (not found)";
            case 405 -> "不支持的请求方法 (method not allowed)";
            default -> status >= 500 ? "服务器内部错误 (internal error)" : "请求格式有误 (malformed request)";
        };
        // The message is ours, not the client's, so it needs no JSON escaping beyond what it has.
        return ("{\"error\":\"" + message + "\",\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
    }
}
