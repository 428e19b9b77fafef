package gongkai.extract;

import gongkai.report.FigureCatalog;

import java.util.List;

/** Reads the three standard tables of a report's text. (Stub.) */
public final class TableReader {

    private final FigureCatalog catalog;

    public TableReader(FigureCatalog catalog) {
        this.catalog = catalog;
    }

    public TableResult read(String text) {
        return TableResult.none(List.of());
    }
}
