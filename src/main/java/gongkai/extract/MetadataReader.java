package gongkai.extract;

import java.util.List;

/** Reads agency, year, 文号, date and region from a report's text. (Stub.) */
public final class MetadataReader {

    private final Gazetteer gazetteer;

    public MetadataReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Metadata read(String text, String sourceName) {
        return new Metadata(null, null, null, null, null, null, null, null, List.of());
    }
}
