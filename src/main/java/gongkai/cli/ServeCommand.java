package gongkai.cli;

import gongkai.search.SearchEngine;
import gongkai.web.WebApp;
import gongkai.web.WebOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code gongkai serve [--index DIR] [--host ADDRESS] [--port N]}: the JSON API and the search page, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the JSON API and the search page.",
                "Reports that `gongkai index` adds to the same index show up without a restart."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws Exception {
        return serve(server);
    }

    /** Opens the engine, starts the server, prints where, and blocks until the process is stopped. */
    static int serve(ServerOptions server) throws Exception {
        if (server.port < 0 || server.port > 65535) throw new IllegalArgumentException("--port must be from 0 to 65535");
        WebOptions options = WebOptions.defaults(WebOptions.defaultWebDir()).withHost(server.host).withPort(server.port)
                .withPublicUrl(server.publicUrl);
        SearchEngine search = Engines.open(server.engine);
        WebApp app = WebApp.create(search, options).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            try {
                search.close();
            } catch (Exception ignored) {
                // the process is ending; nothing left to tell
            }
            stopped.countDown();
        }));
        System.out.println(startLine(search.size(), search.describe(), app.url(), options));
        stopped.await();
        return 0;
    }

    /** {@code gongkai: serving 12 reports from index/ at http://127.0.0.1:7070/, reachable from this computer only …}. */
    static String startLine(long reports, String from, String url, WebOptions options) {
        return "gongkai: serving " + reports + " reports from " + from + " at " + url
                + ", reachable from " + options.reach() + "  (Ctrl-C to stop)";
    }
}
