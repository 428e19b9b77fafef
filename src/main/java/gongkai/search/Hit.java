package gongkai.search;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One matching report on a results page.
 *
 * @param agencyId   the agency across years and spellings ({@code agency_id}), the key of its history; null when unknown
 * @param highlights snippets of the text, HTML-escaped, with matched words in {@code <mark>}
 * @param figures    the report's figures (only those read)
 * @param indexedAt  when the report was indexed, in epoch milliseconds; null for an index written before that was kept
 * @param url        where the report is published on the web, as its file gives it; null when it does not
 * @param copyNearestId the id of the report {@code copy.nearest} names ({@code copy_nearest_id}); null when that figure is missing
 */
public record Hit(String id, String agency, @JsonProperty("agency_id") String agencyId, Integer year, String region, String province, String level,
                  String source, float score, List<String> highlights, Map<String, BigDecimal> figures,
                  boolean checkFailed, Long indexedAt, String url, @JsonProperty("copy_nearest_id") String copyNearestId) {
}
