package gongkai.ingest;

/** Normalises report text for search. (First cut: identity.) */
public final class TextNormaliser {

    /** The text as indexed and searched. */
    public String forSearch(String text) {
        return text;
    }
}
