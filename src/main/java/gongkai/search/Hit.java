package gongkai.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One matching report on a results page.
 *
 * @param highlights snippets of the text, HTML-escaped, with matched words in {@code <mark>}
 * @param figures    the report's figures (only those read)
 * @param indexedAt  when the report was indexed, in epoch milliseconds; null for an index written before that was kept
 */
public record Hit(String id, String agency, Integer year, String region, String province, String level,
                  String source, float score, List<String> highlights, Map<String, BigDecimal> figures,
                  boolean checkFailed, Long indexedAt) {
}
