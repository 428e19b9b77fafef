package gongkai.extract;

/** Chinese administrative divisions with their GB/T 2260 codes. (Stub.) */
public final class Gazetteer {

    public static Gazetteer load() {
        return new Gazetteer();
    }
}
