package gongkai.extract;

import java.util.LinkedHashMap;
import java.util.Map;

/** Splits a report into its six parts. (Stub.) */
public final class SectionSplitter {

    /** Section key ({@link gongkai.report.Section#key()}) to the part's text, in order. */
    public Map<String, String> split(String text) {
        return new LinkedHashMap<>();
    }
}
