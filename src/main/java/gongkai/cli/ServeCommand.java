package gongkai.cli;

import gongkai.search.SearchEngine;
import gongkai.web.WebApp;
import gongkai.web.WebOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code gongkai serve [--index DIR] [--port N]}: the JSON API and the search page, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the JSON API and the search page.",
                "Reports that `gongkai index` adds to the same index show up without a restart."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws Exception {
        return serve(server.engine, server.port);
    }

    /** Opens the engine, starts the server, prints where, and blocks until the process is stopped. */
    static int serve(EngineOptions engine, int port) throws Exception {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be from 0 to 65535");
        SearchEngine search = Engines.open(engine);
        WebApp app = WebApp.create(search, WebOptions.defaults(WebOptions.defaultWebDir()).withPort(port)).start();
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
        System.out.println("gongkai: serving " + search.size() + " reports from " + search.describe()
                + " at http://localhost:" + app.port() + "/  (Ctrl-C to stop)");
        stopped.await();
        return 0;
    }
}
