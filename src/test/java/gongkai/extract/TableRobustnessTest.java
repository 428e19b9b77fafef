package gongkai.extract;

import gongkai.report.FigureCatalog;
import gongkai.report.Template;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad and broken input: warnings and missing figures, never an exception or a made-up number. */
class TableRobustnessTest {

    private final TableReader reader = new TableReader(FigureCatalog.standard());
    private static final String LUOYANG = Expected.read("samples/seeds/luoyang-tjj-2020.txt");

    @Test
    void emptyTextGivesAWarningAndNoFigures() {
        TableResult r = reader.read("");
        assertNull(r.template());
        assertTrue(r.figures().isEmpty());
        assertEquals(1, r.warnings().size());
    }

    @Test
    void nullTextIsTreatedAsEmpty() {
        assertTrue(reader.read(null).figures().isEmpty());
    }

    @Test
    void binaryGarbageGivesNoFigures() {
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);
        TableResult r = reader.read(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertNull(r.template());
        assertTrue(r.figures().isEmpty());
    }

    @Test
    void aReportWithoutTablesHasNoTemplate() {
        TableResult r = reader.read("某某局2020年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息302条。\n");
        assertNull(r.template());
        assertTrue(r.figures().isEmpty());
        assertTrue(r.missing().isEmpty());
    }

    @Test
    void aReportCutOffMidTableKeepsWhatItReadAndWarnsOfTheRest() {
        int cut = LUOYANG.indexOf("(四) 无法提供");
        TableResult r = reader.read(LUOYANG.substring(0, cut));
        assertEquals(Template.T2019, r.template());
        assertEquals(0, r.figures().get("apply.partial.person").compareTo(BigDecimal.valueOf(5)));
        assertTrue(r.missing().contains("apply.unable.no_info.person"));
        assertTrue(r.missing().contains("apply.total.total"));
        assertTrue(r.missing().contains("review.total"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("apply.total")));
    }

    @Test
    void fiftyMegabytesOfTextAreReadWithoutFailing() {
        StringBuilder b = new StringBuilder(50_000_000);
        Random random = new Random(3);
        while (b.length() < 50_000_000) {
            b.append("行政许可 ").append(random.nextInt(1000)).append("\t总计\t信息内容 本年新制作数量 ");
        }
        TableResult r = reader.read(b.toString());
        assertTrue(r.checks().stream().allMatch(c -> c.inputs().size() > 0));
        assertFalse(r.figures().containsKey("apply.new.total"));
    }

    @Test
    void aSeedRepeatedToFiftyMegabytesReadsItsFirstTables() {
        StringBuilder b = new StringBuilder(50_100_000);
        while (b.length() < 50_000_000) b.append(LUOYANG);
        TableResult r = reader.read(b.toString());
        assertEquals(0, r.figures().get("apply.new.total").compareTo(BigDecimal.valueOf(7)));
    }

    // ---- a deliberately garbled table ------------------------------------------------

    private static String garble(String row, String replacement) {
        assertTrue(LUOYANG.contains(row), row);
        return LUOYANG.replace(row, replacement);
    }

    @Test
    void aRowWithTooManyCellsIsMissingWithAWarning() {
        String text = garble("⇥(二) 部分公开(区分处理的,只计这一情形,不计其他情形)⇥5⇥0⇥0⇥0⇥0⇥0⇥5⇥".replace('⇥', '\t'),
                "\t(二) 部分公开(区分处理的,只计这一情形,不计其他情形)\t5\t0\t0\t3\t0\t0\t0\t5\t".replace('⇥', '\t'));
        TableResult r = reader.read(text);
        for (String c : FigureCatalog.APPLY_COLUMNS) assertFalse(r.figures().containsKey("apply.partial." + c), c);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("apply.partial.person") && w.contains("8 cells")));
    }

    @Test
    void aRowMissingACellIsNotShiftedIntoTheWrongColumns() {
        // one-cell-per-line text that lost a cell: which one is gone cannot be known
        String yichun = Expected.read("samples/seeds/yichun-tjj-2020.txt");
        int at = yichun.indexOf("本年新收政府信息公开申请数量");
        String lost = "\t\u00a012\n"; // the cell under 自然人, after a no-break space
        int cell = yichun.indexOf(lost, at);
        String text = yichun.substring(0, cell) + yichun.substring(cell + lost.length());
        TableResult r = reader.read(text);
        assertFalse(r.figures().containsKey("apply.new.person"));
        assertFalse(r.figures().containsKey("apply.new.total"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("apply.new.person") && w.contains("6 of 7")));
    }

    @Test
    void shuffledRowsAreReadByTheirLabelsNotTheirPlaces() {
        String granted = "三、本年度办理结果\t(一) 予以公开\t0\t0\t0\t0\t0\t0\t0\t\n";
        String partial = "\t(二) 部分公开(区分处理的,只计这一情形,不计其他情形)\t5\t0\t0\t0\t0\t0\t5\t\n";
        String text = garble(granted + partial, partial + granted);
        TableResult r = reader.read(text);
        assertEquals(0, r.figures().get("apply.partial.person").compareTo(BigDecimal.valueOf(5)));
        assertEquals(0, r.figures().get("apply.granted.person").signum());
    }

    @Test
    void gluedDigitsThatNoSplitExplainsAreMissing() {
        // 1234567 cannot be six counts and their total
        String row = "\t(一) 予以公开\t0\t0\t0\t0\t0\t0\t0\t";
        TableResult r = reader.read(garble(row, "\t(一) 予以公开 1234567 "));
        assertFalse(r.figures().containsKey("apply.granted.total"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("apply.granted.person") && w.contains("1234567")));
    }

    @Test
    void wordsInACellAreNotTakenForAFigure() {
        String row = "行政处罚\t0\t8\t0";
        TableResult r = reader.read(garble(row, "行政处罚\t0\t八\t0"));
        assertFalse(r.figures().containsKey("penalty.change"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("penalty.prev_items")));
    }
}
