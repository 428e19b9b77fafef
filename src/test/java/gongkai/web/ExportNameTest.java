package gongkai.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportNameTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Test
    void theQueryAndTheDayNameTheFile() {
        assertEquals("gongkai-人口普查-2026-12-03.csv", new ExportName("人口普查", DAY, "csv").fileName());
    }

    @Test
    void fieldSyntaxAndQuotesBecomeUnderscores() {
        assertEquals("gongkai-人口普查_province_浙江-2026-12-03.xlsx",
                new ExportName("\"人口普查\" province:浙江", DAY, "xlsx").fileName());
        assertEquals("gongkai-a_b_c-2026-12-03.csv", new ExportName("a/b\\c", DAY, "csv").fileName());
    }

    @Test
    void anEmptyQueryIsTheDayAlone() {
        assertEquals("gongkai-2026-12-03.csv", new ExportName("", DAY, "csv").fileName());
    }

    @Test
    void theHeaderCarriesAnAsciiNameAndTheRfc5987One() {
        String h = new ExportName("人口普查", DAY, "csv").contentDisposition();
        assertEquals("attachment; filename=\"gongkai-export-2026-12-03.csv\"; "
                + "filename*=UTF-8''gongkai-%E4%BA%BA%E5%8F%A3%E6%99%AE%E6%9F%A5-2026-12-03.csv", h);
    }

    @Test
    void aLongQueryIsCut() {
        String name = new ExportName("统".repeat(300), DAY, "csv").fileName();
        assertTrue(name.length() < 70, name);
    }
}
