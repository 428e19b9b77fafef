package gongkai.synth;

import gongkai.report.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GroundTruthTest {

    private static GroundTruth truth() {
        Map<String, BigDecimal> f = new LinkedHashMap<>();
        f.put("penalty.decisions", new BigDecimal("12"));
        f.put("procurement.amount_yuan", new BigDecimal("618000"));
        f.put("apply.new.total", new BigDecimal("7"));
        return new GroundTruth("000001", "洛阳市统计局", 2020, Template.T2019, "河南省洛阳市", "410300", "河南省", "市级",
                null, LocalDate.of(2021, 1, 6), f, List.of("review.total"), List.of(), "tabs");
    }

    @Test
    void loadsWhatItWrote(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("000001.truth.json");
        var mapper = gongkai.report.ReportJson.newMapper();
        Files.write(file, mapper.writeValueAsBytes(truth().toJson(mapper)));
        GroundTruth back = GroundTruth.load(file);
        assertEquals(truth().figures(), back.figures());
        assertEquals(List.of("review.total"), back.missing());
        assertEquals(LocalDate.of(2021, 1, 6), back.published());
        assertEquals(Template.T2019, back.template());
        assertEquals("410300", back.regionCode());
    }

    @Test
    void scoresRightWrongAndMissingFigures() {
        Map<String, BigDecimal> read = new LinkedHashMap<>();
        read.put("penalty.decisions", new BigDecimal("12.0"));      // right: same number
        read.put("procurement.amount_yuan", new BigDecimal("61.8")); // wrong: unit not applied
        read.put("review.total", BigDecimal.ZERO);                   // wrong: the truth says blank
        GroundTruth.FigureScore s = truth().score(read);
        assertEquals(1, s.right());
        assertEquals(List.of("procurement.amount_yuan", "review.total"), s.wrong());
        assertEquals(List.of("apply.new.total"), s.missing());
    }

    @Test
    void countsABlankLeftOutAsRight() {
        GroundTruth.FigureScore s = truth().score(Map.of("penalty.decisions", BigDecimal.valueOf(12)));
        assertEquals(2, s.right());
    }

    @Test
    void namesTheTruthFileBesideTheReport() {
        assertEquals(Path.of("d/001/001234.truth.json"), GroundTruth.pathFor(Path.of("d/001/001234.txt")));
    }
}
