package gongkai.index;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Shows how far a run has got: a live bar with rate and ETA on a terminal, and a plain line
 * every few seconds otherwise (logs, CI), so that redirected output stays readable.
 */
public interface RunProgress extends AutoCloseable {

    /** Starts the progress display of a run over {@code total} files. */
    @FunctionalInterface
    interface Factory {
        RunProgress start(String task, long total);
    }

    /** Called often (several times a second) with the files done so far. */
    void update(long done);

    @Override
    void close();

    /** The bar when standard error is a terminal, else periodic lines on {@code err}. */
    static RunProgress forConsole(String task, long total, PrintStream err) {
        return isTerminal() ? new Bar(task, total) : new Lines(task, total, err, Duration.ofSeconds(5));
    }

    /** No display at all: for tests and benchmarks. */
    static RunProgress none(String task, long total) {
        return new RunProgress() {
            @Override
            public void update(long done) {
            }

            @Override
            public void close() {
            }
        };
    }

    /** True on an interactive terminal. (From JDK 22 on, a Console exists even when redirected; ask it.) */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only on a terminal
        }
    }

    /** {@code 1h 02m}, {@code 3m 05s} or {@code 4.2 s}. */
    static String format(Duration d) {
        long s = d.toSeconds();
        if (s >= 3600) return String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
        if (s >= 60) return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /** The terminal bar of the progressbar library. */
    final class Bar implements RunProgress {
        private final ProgressBar bar;

        Bar(String task, long total) {
            this.bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1)
                    .showSpeed(new java.text.DecimalFormat("0.0")).setSpeedUnit(ChronoUnit.SECONDS).setUpdateIntervalMillis(500)
                    .build();
        }

        @Override
        public void update(long done) {
            bar.stepTo(done);
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** One line every {@code every}: count, percentage, rate and ETA. */
    final class Lines implements RunProgress {
        private final String task;
        private final long total;
        private final PrintStream out;
        private final Duration every;
        private final long start = System.nanoTime();
        private long lastPrint = System.nanoTime();

        Lines(String task, long total, PrintStream out, Duration every) {
            this.task = task;
            this.total = total;
            this.out = out;
            this.every = every;
        }

        @Override
        public void update(long done) {
            long now = System.nanoTime();
            if (now - lastPrint < every.toNanos() || done >= total) return;
            lastPrint = now;
            double seconds = (now - start) / 1e9;
            double rate = done / Math.max(seconds, 1e-9);
            String eta = rate > 0 ? format(Duration.ofMillis((long) ((total - done) / rate * 1000))) : "unknown";
            out.printf(Locale.ROOT, "%s: %,d of %,d files (%.0f%%), %.1f files/s, ETA %s%n",
                    task, done, total, 100.0 * done / Math.max(total, 1), rate, eta);
        }

        @Override
        public void close() {
        }
    }
}
