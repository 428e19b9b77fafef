package gongkai.synth;

/**
 * One reporting body of the synthetic corpus: an agency type in an area.
 *
 * @param area the area it serves
 * @param type what kind of agency it is
 * @param name the name a title prints, e.g. 鲤城区统计局
 */
public record Agency(Area area, AgencyType type, String name) {

    public static Agency of(Area area, AgencyType type) {
        return new Agency(area, type, area.name() + type.suffixFor(area));
    }

    /** The name a signature prints, with the parent area for a county: 泉州市鲤城区统计局. */
    public String signatureName() {
        return area.signatureName() + type.suffixFor(area);
    }

    /** How the report speaks of the agency: 我局, 我委, 我市…. */
    public String selfReference() {
        return type.selfReference(area);
    }
}
