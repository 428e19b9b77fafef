package gongkai.ingest;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PDF tables reach the extractor one row per line, cells tab-separated. Values read off the PDFs by hand. */
class PdfIngestTest {

    private final Ingestor ingestor = new Ingestor();

    private List<List<String>> rows(String file) throws Exception {
        return WordAndWebTablesTest.rows(ingestor.read(Path.of("samples/real", file)).text());
    }

    @Test
    void recordsFormatAndHash() throws Exception {
        SourceText pdf = ingestor.read(Path.of("samples/real/淮安市洪泽区人民政府_2023.pdf"));
        assertEquals("pdf", pdf.format());
        // sha256sum samples/real/淮安市洪泽区人民政府_2023.pdf
        assertEquals("94a211353fb046b7c869cbb236078deb4d1f7085bd0c2b0dbf85051ec831698c", pdf.contentHash());
    }

    @Test
    void hongze2023ActiveDisclosureRowsAreSplitIntoCells() throws Exception {
        List<List<String>> rows = rows("淮安市洪泽区人民政府_2023.pdf");
        assertTrue(rows.contains(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")), rows.toString());
        assertTrue(rows.contains(List.of("行政规范性文件", "0", "5", "5")), rows.toString());
        assertTrue(rows.contains(List.of("行政许可", "550")), rows.toString());
        assertTrue(rows.contains(List.of("行政处罚", "4119")), rows.toString());
        assertTrue(rows.contains(List.of("行政事业性收费", "7730.28")), rows.toString());
    }

    @Test
    void hongze2023ApplicationRowsKeepAllSevenColumns() throws Exception {
        List<List<String>> rows = rows("淮安市洪泽区人民政府_2023.pdf");
        assertTrue(rows.contains(List.of("一、本年新收政府信息公开申请数量", "21", "0", "0", "0", "0", "0", "21")), rows.toString());
        assertTrue(rows.contains(List.of("（七）总计", "21", "0", "0", "0", "0", "0", "21")), rows.toString());
        assertTrue(rows.contains(List.of("1.本机关不掌握相关政府信息", "10", "0", "0", "0", "0", "0", "10")), rows.toString());
    }

    @Test
    void hongze2023ReviewAndLitigationRowHasFifteenCells() throws Exception {
        List<List<String>> rows = rows("淮安市洪泽区人民政府_2023.pdf");
        assertTrue(rows.contains(List.of("10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0")), rows.toString());
    }

    @Test
    void huaian2024LargeFiguresStayWhole() throws Exception {
        List<List<String>> rows = rows("淮安市人民政府_2024.pdf");
        assertTrue(rows.contains(List.of("行政许可", "447228")), rows.toString());
        assertTrue(rows.contains(List.of("一、本年新收政府信息公开申请数量", "3001", "53", "0", "0", "61", "4", "3119")), rows.toString());
    }

    @Test
    void pageNumbersBetweenTableRowsAreDropped() throws Exception {
        String text = ingestor.read(Path.of("samples/real/淮安市洪泽区人民政府_2023.pdf")).text();
        assertTrue(text.contains("2.没有现成信息需要另行制作\t3\t0\t0\t0\t0\t0\t3\n3.补正后申请内容仍不明确"), text);
        assertFalse(text.contains("- 3 -"), text);
    }

    @Test
    void everySampleReportIsRead() throws Exception {
        List<Path> files;
        try (Stream<Path> real = Files.list(Path.of("samples/real")); Stream<Path> seeds = Files.list(Path.of("samples/seeds"))) {
            files = Stream.concat(real, seeds).toList();
        }
        assertTrue(files.size() >= 30, "samples present");
        for (Path file : files) {
            String text = ingestor.read(file).text();
            assertTrue(text.contains("政府信息公开"), file + " has report text");
        }
    }
}
