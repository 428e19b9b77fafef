package gongkai.extract;

import gongkai.ingest.Ingestor;
import gongkai.report.Check;
import gongkai.report.FigureCatalog;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tables of real files as the ingest stage delivers their text, not as a fixture. */
class IngestedTablesTest {

    private final TableReader reader = new TableReader(FigureCatalog.standard());

    private TableResult ingest(String name) throws Exception {
        return reader.read(new Ingestor().read(Path.of("samples/real/" + name)).text());
    }

    @Test
    void huaian2024PdfReadsEveryFigure() throws Exception {
        // here the group labels （三）不 and （四）无 sit on the lines of the cells they precede
        TableResult r = ingest("淮安市人民政府_2024.pdf");
        RealCorpusTablesTest.assertAll(RealCorpusTablesTest.huaian2024(), r);
        assertTrue(r.checks().stream().allMatch(Check::ok));
    }

    @Test
    void hongze2023PdfReportsItsReviewTotalAsPrinted() throws Exception {
        TableResult r = ingest("淮安市洪泽区人民政府_2023.pdf");
        assertEquals(0, r.figures().get("review.total").signum());
        Check c = r.checks().stream().filter(k -> k.rule().equals("review.total")).findFirst().orElseThrow();
        assertFalse(c.ok());
        assertEquals(0, c.right().compareTo(BigDecimal.valueOf(11)));
    }

    @Test
    void shanghai2019WebPageReadsItsBlanksByColumn() throws Exception {
        TableResult r = ingest("上海市人民政府办公厅_2019.html");
        assertEquals(0, r.figures().get("apply.granted.person").compareTo(BigDecimal.valueOf(258)));
        assertEquals(0, r.figures().get("apply.total.total").compareTo(BigDecimal.valueOf(805)));
        assertTrue(r.inferred().contains("apply.new.research"));
        assertTrue(r.missing().contains("apply.granted.total"));
    }
}
