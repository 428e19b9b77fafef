package gongkai.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Word and HTML versions of a seed report (made with LibreOffice, see make-fixtures.py) give
 * the extractor the same table rows, cells in order, as the text version.
 */
class WordAndWebTablesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/ingest");
    private final Ingestor ingestor = new Ingestor();

    /** Tab-separated rows with trailing blank cells dropped (they carry no column position). */
    static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.indexOf('\t') < 0) continue;
            List<String> cells = new ArrayList<>(Arrays.stream(line.split("\t", -1)).map(String::strip).toList());
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) cells.remove(cells.size() - 1);
            rows.add(cells);
        }
        return rows;
    }

    private static List<List<String>> seedRows() throws Exception {
        return rows(Files.readString(Path.of("samples/seeds/licheng-tjj-2020.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void docxHasTheTextVersionsTableRows() throws Exception {
        SourceText docx = ingestor.read(FIXTURES.resolve("licheng-tjj-2020.docx"));
        assertEquals("docx", docx.format());
        assertEquals(seedRows(), rows(docx.text()));
    }

    @Test
    void docHasTheTextVersionsTableRows() throws Exception {
        SourceText doc = ingestor.read(FIXTURES.resolve("licheng-tjj-2020.doc"));
        assertEquals("doc", doc.format());
        assertEquals(seedRows(), rows(doc.text()));
    }

    @Test
    void htmlHasTheTextVersionsTableRows() throws Exception {
        SourceText html = ingestor.read(FIXTURES.resolve("licheng-tjj-2020.html"));
        assertEquals("html", html.format());
        assertEquals(seedRows(), rows(html.text()));
    }

    @Test
    void formatIsToldByContentNotByName(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path disguised = dir.resolve("report.txt");
        Files.copy(FIXTURES.resolve("licheng-tjj-2020.docx"), disguised);
        SourceText text = ingestor.read(disguised);
        assertEquals("docx", text.format());
        assertEquals(seedRows(), rows(text.text()));
    }

    @Test
    void spannedCellsLeaveBlankCellsSoColumnsKeepTheirPlace() throws Exception {
        // 上海市人民政府办公厅 2019, table 3: 三、本年度办理结果 spans 20 rows, （三）不予公开 spans 8;
        // the cells of the second row under （三） are blank (&nbsp;) in the page.
        List<List<String>> rows = rows(ingestor.read(Path.of("samples/real/上海市人民政府办公厅_2019.html")).text());
        assertTrue(rows.contains(List.of("三、本年度办理结果", "（一）予以公开", "", "258", "12", "", "", "1", "1")), rows.toString());
        assertTrue(rows.contains(List.of("", "（三）不予公开", "1.属于国家秘密", "14")), rows.toString());
        assertTrue(rows.contains(List.of("", "", "5.属于三类内部事务信息", "5")), rows.toString());
        assertTrue(rows.contains(List.of("四、结转下年度继续办理", "", "", "72", "", "", "", "", "", "72")), rows.toString());
    }

    @Test
    void aLineBreakInsideACellDoesNotSplitTheRow() throws Exception {
        // <td>本年新<br />制作数量</td> in the page
        List<List<String>> rows = rows(ingestor.read(Path.of("samples/real/上海市人民政府办公厅_2019.html")).text());
        assertTrue(rows.contains(List.of("信息内容", "本年新制作数量", "本年新公开数量", "", "对外公开总数量")), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.contains("本年新")));
    }
}
