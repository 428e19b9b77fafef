package gongkai.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.report.ReportJson;

/**
 * The JSON of a {@link SearchResponse}: one writer for {@code gongkai search --json} and
 * {@code GET /api/search}, so that both print exactly the same thing.
 */
public final class SearchJson {

    private final ObjectMapper mapper = ReportJson.newMapper();

    public ObjectMapper mapper() {
        return mapper;
    }

    public String write(SearchResponse response) {
        try {
            return mapper.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("search response could not be written as JSON", e);
        }
    }

    /** The JSON of a malformed query: {@code {"error": "...", "position": 12}}. */
    public String error(QueryException e) {
        return mapper.createObjectNode().put("error", e.getMessage()).put("position", e.position()).toString();
    }
}
