package gongkai.web;

import gongkai.diff.ReportDiff;
import gongkai.diff.UnknownReportException;
import gongkai.history.AgencyHistory;
import gongkai.report.FigureCatalog;
import gongkai.report.FigureKey;
import gongkai.search.SearchEngine;
import gongkai.search.SearchRequest;
import gongkai.search.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import gongkai.web.ExportTable.Labels;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON API's handlers. Each one reads and bounds its parameters through
 * {@link RequestParams}, asks the search engine, and writes the answer; errors are thrown
 * as typed responses and turned into JSON in one place ({@link WebApp}).
 */
final class ApiController {

    private final SearchEngine search;
    private final RequestParams params;
    private final QueryClock clock;
    private final ExportTable table;
    private final CsvExport csv;
    private final Clock today;
    private final ChartBuilder charts;
    private final FieldList fields;
    private final AgencyHistory history;
    private final AtomFeed feed;
    private final FeedAddress address;
    private final ReportDiff diff;

    /**
     * @param today   the clock whose date names an export's download
     * @param address the site's address in a feed's links
     */
    ApiController(SearchEngine search, FigureCatalog catalog, QueryClock clock, Clock today, FeedAddress address) {
        this.search = search;
        this.params = new RequestParams(catalog, search.limits());
        this.clock = clock;
        this.table = new ExportTable(catalog);
        this.csv = new CsvExport(table);
        this.today = today;
        this.charts = new ChartBuilder(search);
        this.fields = FieldList.of(catalog, search.limits());
        this.history = new AgencyHistory(search, catalog);
        this.feed = new AtomFeed(search);
        this.address = address;
        this.diff = new ReportDiff(search, catalog);
    }

    /** GET /api/search?q=&page=&size=&sort=&stats= */
    void search(Context ctx) {
        String q = params.query(ctx);
        int page = params.page(ctx);
        int size = params.size(ctx, SearchRequest.DEFAULT_SIZE);
        params.checkWindow(page, size);
        SearchRequest request = new SearchRequest(q, page, size, params.sort(ctx), params.stats(ctx));
        SearchResponse response = clock.call(() -> search.search(request));
        ctx.json(response);
    }

    /** GET /api/reports/{id} */
    void report(Context ctx) {
        String id = params.reportId(ctx);
        JsonNode report = clock.call(() -> search.report(id))
                .orElseThrow(() -> new NotFoundResponse("没有编号为 " + id + " 的报告 (no report with id " + id + ")"));
        ctx.json(report);
    }

    /**
     * GET /api/reports/{id}/original — the file the report was indexed from, byte for byte. HTML is
     * sandboxed and downloaded, so that a page's own scripts never run on this server's origin.
     */
    void original(Context ctx) throws IOException {
        String id = params.reportId(ctx);
        OriginalFile file = clock.call(() -> OriginalFile.of(search, id)).orElseThrow(() -> new NotFoundResponse(
                "没有编号为 " + id + " 的原文件：报告不在索引中，或文件已不在原处 (no original file for report " + id
                        + ": not in the index, or the file is no longer where it was indexed from)"));
        ctx.contentType(file.contentType());
        ctx.header("Content-Disposition", file.contentDisposition(id));
        // Other formats run nothing; a PDF is not sandboxed, since Chromium's viewer does not open in a sandbox.
        ctx.header("Content-Security-Policy", file.inline() ? "default-src 'none'; object-src 'self'; frame-ancestors 'none'"
                : "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        ctx.header("Content-Length", String.valueOf(java.nio.file.Files.size(file.path())));
        try (var in = java.nio.file.Files.newInputStream(file.path())) {
            in.transferTo(ctx.outputStream());
        }
    }

    /** GET /api/agencies/{id}: the agency's reports by year, its figures across the years, the checks between years. */
    void agency(Context ctx) {
        String id = params.agencyId(ctx);
        ctx.json(clock.call(() -> history.of(id))
                .orElseThrow(() -> new NotFoundResponse("没有机关编号为 " + id + " 的报告 (no reports of agency " + id + ")")));
    }

    /** GET /api/diff?from=&to= — {@code to} alone is compared with its agency's report of the year before. */
    void diff(Context ctx) {
        String from = params.reportIdParam(ctx, "from");
        String to = params.reportIdParam(ctx, "to");
        if (to == null) throw new BadRequestResponse("缺少参数 to (missing parameter to: the report id to compare)");
        try {
            ctx.json(clock.call(() -> from == null ? diff.againstYearBefore(to) : diff.between(from, to)));
        } catch (UnknownReportException e) {
            throw new NotFoundResponse(e.getMessage());
        }
    }

    /** GET /api/fields */
    void fields(Context ctx) {
        ctx.json(fields);
    }

    /** GET /api/chart?q=&figure=&by=year|province */
    void chart(Context ctx) {
        String q = params.query(ctx);
        FigureKey figure = params.figure(ctx, "figure");
        String by = params.choice(ctx, "by", ChartBuilder.DIMENSIONS);
        ctx.json(clock.call(() -> charts.build(q, figure, by)));
    }

    /**
     * GET /api/export.csv?q=&sort=&labels=keys|zh — every match, streamed row by row as the engine
     * yields them. Nothing is written before the first row is ready, so a bad query still gets a 400.
     */
    void export(Context ctx) throws IOException {
        String q = params.query(ctx);
        String sort = params.sort(ctx);
        Labels labels = Labels.valueOf(params.choice(ctx, "labels", List.of("keys", "zh")).toUpperCase(java.util.Locale.ROOT));
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", new ExportName(q, LocalDate.now(today), "csv").contentDisposition());
        LazyWriter out = new LazyWriter(ctx, labels);
        search.forEachMatch(q, sort, json -> csv.writeReport(out.get(), json, labels));
        out.get().flush();
    }

    /**
     * GET /api/export.xlsx?q=&sort=&labels=zh|keys — every match as an Excel workbook (Chinese labels by
     * default). The match count is asked first, so that a search larger than a sheet is a 400, not a
     * cut-off file; the rows go to POI's temporary files and the workbook is sent once complete.
     */
    void exportXlsx(Context ctx) throws IOException {
        String q = params.query(ctx);
        String sort = params.sort(ctx);
        Labels labels = Labels.valueOf(params.choice(ctx, "labels", List.of("zh", "keys")).toUpperCase(java.util.Locale.ROOT));
        long total = clock.call(() -> search.search(new SearchRequest(q, 1, 1, "relevance", List.of()))).total();
        if (total > XlsxExport.MAX_ROWS) {
            throw new BadRequestResponse("匹配 " + total + " 份报告，超过 xlsx 一张表的 " + XlsxExport.MAX_ROWS
                    + " 行；请缩小查询或导出 CSV (" + total + " matches, more rows than an xlsx sheet holds: narrow the query or export CSV)");
        }
        try (XlsxExport book = new XlsxExport(table, labels)) {
            search.forEachMatch(q, sort, book::add);
            ctx.contentType(XLSX_TYPE);
            ctx.header("Content-Disposition", new ExportName(q, LocalDate.now(today), "xlsx").contentDisposition());
            book.write(ctx.outputStream());
        }
    }

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";


    /** GET /api/feed.atom?q= — the newest matches as Atom; a bad query is a 400 before any XML. */
    void feed(Context ctx) throws IOException {
        String base = address.base(ctx);
        String q = params.query(ctx);
        SearchResponse newest = clock.call(() -> feed.newest(q));
        ctx.contentType(AtomFeed.CONTENT_TYPE);
        Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        feed.write(newest, base, FeedAddress.self(base, ctx), out);
        out.flush();
    }

    /** Opens the response stream, with the BOM and the header row, on first use. */
    private final class LazyWriter {
        private final Context ctx;
        private Writer writer;

        private final Labels labels;

        LazyWriter(Context ctx, Labels labels) {
            this.ctx = ctx;
            this.labels = labels;
        }

        Writer get() {
            if (writer == null) {
                writer = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
                try {
                    writer.write('\uFEFF'); // so that Excel reads the file as UTF-8
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                csv.writeHeader(writer, labels);
            }
            return writer;
        }
    }
}
