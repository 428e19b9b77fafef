package gongkai.index;

import gongkai.ingest.Ingestor;
import gongkai.report.Report;
import gongkai.report.Template;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reports built by hand, for index tests that must not depend on the extractor. */
final class TestReports {

    private TestReports() {
    }

    /** A report of {@code text} from {@code source}, hashed like the ingest step hashes a file. */
    static Report report(String source, String agency, String text, Map<String, BigDecimal> figures) {
        String hash = Ingestor.sha256(text.getBytes(StandardCharsets.UTF_8));
        return new Report(source, "txt", hash, agency, 2020, null, null, null, null, null, null,
                Template.T2019, new LinkedHashMap<>(figures), List.of(), List.of(), List.of(), List.of(),
                Map.of(), text);
    }

    static Report report(String source, String text) {
        return report(source, null, text, Map.of());
    }

    /** A figure map of one whole-number figure. */
    static Map<String, BigDecimal> figure(String key, long value) {
        return Map.of(key, BigDecimal.valueOf(value));
    }
}
