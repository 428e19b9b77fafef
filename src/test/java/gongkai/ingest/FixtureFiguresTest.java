package gongkai.ingest;

import gongkai.extract.ReportExtractor;
import gongkai.report.Report;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extractor reads the same figures from the Word and web versions of a report as from its text. */
class FixtureFiguresTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/ingest");
    private final Ingestor ingestor = new Ingestor();
    private final ReportExtractor extractor = ReportExtractor.standard();

    private Report extract(Path file) throws Exception {
        return extractor.extract(ingestor.read(file));
    }

    private void assertSameFigures(String fixture) throws Exception {
        Report text = extract(Path.of("samples/seeds/licheng-tjj-2020.txt"));
        Report other = extract(FIXTURES.resolve(fixture));
        assertTrue(text.figures().size() > 100, "the text version's tables are read");
        assertEquals(text.figures(), other.figures());
        assertEquals(text.missing(), other.missing());
    }

    @Test
    void docxFiguresEqualTheTextVersions() throws Exception {
        assertSameFigures("licheng-tjj-2020.docx");
    }

    @Test
    void docFiguresEqualTheTextVersions() throws Exception {
        assertSameFigures("licheng-tjj-2020.doc");
    }

    @Test
    void htmlFiguresEqualTheTextVersions() throws Exception {
        assertSameFigures("licheng-tjj-2020.html");
    }

    @Test
    void savedPageFiguresEqualTheTextVersions() throws Exception {
        assertSameFigures("licheng-tjj-2020-page.html");
    }
}
