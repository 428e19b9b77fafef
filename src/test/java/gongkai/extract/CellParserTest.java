package gongkai.extract;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellParserTest {

    private final CellParser parser = new CellParser();

    private BigDecimal number(String cell) {
        CellValue v = parser.parse(cell);
        assertEquals(CellValue.Kind.NUMBER, v.kind(), cell);
        return v.value();
    }

    @Test
    void bookmarkArtefactIsNotPartOfTheNumber() {
        assertEquals(0, number("[bookmark: _GoBack]81").compareTo(BigDecimal.valueOf(81)));
    }

    @Test
    void fullWidthDigitsAreRead() {
        assertEquals(0, number("１２").compareTo(BigDecimal.valueOf(12)));
    }

    @Test
    void thousandsSeparatorsAreDropped() {
        assertEquals(0, number("1,234,567").compareTo(BigDecimal.valueOf(1234567)));
    }

    @Test
    void unitInTheCellIsKept() {
        CellValue v = parser.parse("179411 元");
        assertEquals("元", v.unit());
        assertEquals(0, v.value().compareTo(BigDecimal.valueOf(179411)));
    }

    @Test
    void negativeChangeIsANumber() {
        assertEquals(0, number("-15").compareTo(BigDecimal.valueOf(-15)));
    }

    @Test
    void printedBlanksAreBlankNotZero() {
        for (String blank : new String[]{"/", "-", "—", "无", "不适用"}) {
            assertEquals(CellValue.Kind.BLANK, parser.parse(blank).kind(), blank);
        }
        assertEquals(CellValue.Kind.EMPTY, parser.parse(" \u00a0 ").kind());
    }

    @Test
    void gluedRunsWithASignAreKeptApart() {
        CellValue v = parser.parse("2648-18538");
        assertEquals(CellValue.Kind.GLUED, v.kind());
        assertEquals(java.util.List.of("2648", "-18538"), v.runs());
    }

    @Test
    void wordsAreText() {
        assertEquals(CellValue.Kind.TEXT, parser.parse("八").kind());
        assertEquals(CellValue.Kind.NUMBERING, parser.parse("2.").kind());
    }
}
