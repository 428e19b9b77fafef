package gongkai.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.report.FigureCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The export's {@code copy_nearest_id} column: the report {@code copy.nearest} names, beside the share. */
class ExportTableTest {

    private final ExportTable table = new ExportTable(FigureCatalog.standard());

    private String cell(String json, String column) throws Exception {
        JsonNode r = new ObjectMapper().readTree(json);
        List<String> header = table.header(ExportTable.Labels.KEYS);
        return table.row(r, ExportTable.Labels.KEYS).get(header.indexOf(column)).text();
    }

    @Test
    void theNearestReportsIdIsItsOwnColumnAfterMissing() {
        List<String> keys = table.header(ExportTable.Labels.KEYS);
        assertEquals(keys.indexOf("missing") + 1, keys.indexOf("copy_nearest_id"));
        assertEquals("最相似报告编号", table.header(ExportTable.Labels.ZH).get(keys.indexOf("copy_nearest_id")));
    }

    @Test
    void aRowCarriesTheIdTheReportNames() throws Exception {
        String json = "{\"id\":\"1ea55a7c04423662\",\"figures\":{\"copy.nearest\":0.9512},"
                + "\"copy_nearest_id\":\"09f19f66a172bef1\",\"copy_nearest\":{\"id\":\"09f19f66a172bef1\"}}";
        assertEquals("09f19f66a172bef1", cell(json, "copy_nearest_id"));
        assertEquals("0.9512", cell(json, "copy.nearest"));
    }

    @Test
    void aReportWithoutANearestOneLeavesItBlank() throws Exception {
        assertEquals("", cell("{\"id\":\"1ea55a7c04423662\",\"figures\":{}}", "copy_nearest_id"));
    }
}
