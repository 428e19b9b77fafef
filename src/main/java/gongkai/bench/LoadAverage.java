package gongkai.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The machine's load average, printed beside latencies: on a shared machine the same query
 * moves by more than the web layer costs, and the load says how far to trust a figure.
 */
final class LoadAverage {

    private LoadAverage() {
    }

    /** The one-minute load average and the cores, e.g. {@code 2.41 on 2 cores}; "unknown" where the system gives none. */
    static String read() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        double load = os.getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f on %d cores", load, os.getAvailableProcessors());
    }
}
