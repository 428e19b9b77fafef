package gongkai.extract;

import java.math.BigDecimal;
import java.util.List;

/**
 * One table cell as read from the text.
 *
 * @param kind  what the cell holds
 * @param value the number, for {@link Kind#NUMBER}
 * @param unit  the money unit printed in the cell ({@code 元} or {@code 万元}), or null
 * @param runs  the digit runs as printed: one for a number (leading zeros kept, so a crawler's
 *              glued {@code 007} can still be split), several for {@link Kind#GLUED}
 */
record CellValue(Kind kind, BigDecimal value, String unit, List<String> runs) {

    enum Kind {
        /** A number, cleaned of artefacts. */
        NUMBER,
        /** A printed blank: {@code /}, {@code -}, {@code —}, {@code 无}, {@code 不适用}. */
        BLANK,
        /** Nothing at all between two separators. */
        EMPTY,
        /** Several cells glued into digit runs, e.g. {@code 801000081}. */
        GLUED,
        /** The numbering of the next row's label, e.g. {@code 2.}: ends a row's cells. */
        NUMBERING,
        /** Words: a header or label, which ends a row's cells. */
        TEXT,
        /**
         * A scanned cell OCR could not read with confidence: one column of the row, but no
         * figure; {@code runs} holds the digits it seemed to read, if any.
         */
        UNREAD
    }

    static final CellValue EMPTY_CELL = new CellValue(Kind.EMPTY, null, null, List.of());
    static final CellValue BLANK_CELL = new CellValue(Kind.BLANK, null, null, List.of());
    static final CellValue TEXT_CELL = new CellValue(Kind.TEXT, null, null, List.of());
    static final CellValue NUMBERING_CELL = new CellValue(Kind.NUMBERING, null, null, List.of());

    static CellValue glued(List<String> runs, String unit) {
        return new CellValue(Kind.GLUED, null, unit, List.copyOf(runs));
    }

    static CellValue unread(String digits) {
        return new CellValue(Kind.UNREAD, null, null, digits == null ? List.of() : List.of(digits));
    }

    /** A cell that holds a value, a printed blank or an unread figure: one column of the row. */
    boolean isFigure() {
        return kind == Kind.NUMBER || kind == Kind.BLANK || kind == Kind.UNREAD;
    }

    boolean endsRow() {
        return kind == Kind.TEXT || kind == Kind.NUMBERING;
    }
}
