package gongkai.web;

import gongkai.report.FigureCatalog;
import gongkai.report.ReportJson;
import gongkai.search.EngineUnavailableException;
import gongkai.search.QueryException;
import gongkai.search.SearchEngine;
import gongkai.search.SearchLimits;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTTP server: the JSON API under {@code /api}, the search page from {@code web/} at
 * {@code /}, and ECharts from its webjar. Every route is declared here; every error leaves
 * as JSON {@code {"error": message, "status": n}} (a query error adds its {@code position}).
 * Search responses are written with the project's mapper, as {@code gongkai search --json} writes them.
 */
public final class WebApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    /** The page loads only its own files: no inline script, nothing from elsewhere. */
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final Javalin app;
    private final QueryClock clock;
    private final WebOptions options;

    private WebApp(Javalin app, QueryClock clock, WebOptions options) {
        this.app = app;
        this.clock = clock;
        this.options = options;
    }

    public static WebApp create(SearchEngine search, WebOptions options) {
        return create(search, options, Clock.systemDefaultZone());
    }

    /** @param today the clock whose date names export downloads ({@code gongkai-人口普查-2026-12-03.csv}) */
    public static WebApp create(SearchEngine search, WebOptions options, Clock today) {
        SearchLimits limits = search.limits();
        QueryClock clock = new QueryClock(limits);
        ApiController api = new ApiController(search, FigureCatalog.standard(), clock, today, new FeedAddress(options.publicUrl()));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(limits)));
            config.jsonMapper(new JavalinJackson(ReportJson.newMapper(), false));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = options.webDir().toAbsolutePath().toString();
                files.location = Location.EXTERNAL;
            });

            config.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("Referrer-Policy", "no-referrer");
            });
            config.routes.before(RequestRules::refuseBody);
            config.routes.before("/api/*", RequestParams::checkEscapes);
            for (String path : RequestRules.API_ROUTES) config.routes.before(path, RequestRules::onlyGet);
            config.routes.get("/api/search", api::search);
            config.routes.get("/api/reports/{id}", api::report);
            config.routes.get("/api/reports/{id}/original", api::original);
            config.routes.get("/api/export.csv", api::export);
            config.routes.get("/api/export.xlsx", api::exportXlsx);
            config.routes.get("/api/feed.atom", api::feed);
            config.routes.get("/api/fields", api::fields);
            config.routes.get("/api/chart", api::chart);
            config.routes.get("/api/agencies/{id}", api::agency);
            config.routes.get("/api/diff", api::diff);

            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            config.routes.exception(QueryException.class, (e, ctx) -> {
                error(ctx, 400, e.getMessage());
                if (e.position() >= 0) ctx.json(Map.of("error", e.getMessage(), "status", 400, "position", e.position()));
            });
            config.routes.exception(EngineUnavailableException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
            config.routes.exception(UncheckedIOException.class, (e, ctx) ->
                    LOG.info("client went away during {}: {}", ctx.path(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "服务器内部错误，已记录 (internal error, logged)");
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) error(ctx, 404, "找不到这个地址 (not found)");
            });
            config.routes.error(405, ctx -> error(ctx, 405, "不支持的请求方法 (method not allowed)"));
        });
        return new WebApp(app, clock, options);
    }

    private static void error(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message == null || message.isBlank() ? "请求有误 (bad request)" : message);
        body.put("status", status);
        ctx.status(status).json(body);
    }

    public WebApp start() {
        app.start(options.host(), options.port());
        return this;
    }

    /** Where a browser on this machine finds the page: {@code http://127.0.0.1:7070/}. */
    public String url() {
        String host = options.host().equals("0.0.0.0") || options.host().equals("::") ? "localhost"
                : options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** The port the server listens on (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        clock.close();
    }
}
