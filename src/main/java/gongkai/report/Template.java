package gongkai.report;

import java.util.Optional;

/**
 * The national table template a report follows. Reports from before the 2019 reporting
 * year have no standard tables and therefore no template.
 */
public enum Template {
    /** 国办公开办函〔2019〕60号, used for the 2019 and 2020 reporting years. */
    T2019("2019"),
    /** 国办公开办函〔2021〕30号, used from the 2021 reporting year on. */
    T2021("2021");

    private final String code;

    Template(String code) {
        this.code = code;
    }

    /** The template's public name, as used in JSON, the index and queries: "2019" or "2021". */
    public String code() {
        return code;
    }

    public static Optional<Template> fromCode(String code) {
        for (Template t : values()) {
            if (t.code.equals(code)) return Optional.of(t);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return code;
    }
}
