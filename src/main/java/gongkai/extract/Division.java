package gongkai.extract;

/**
 * One administrative division of the gazetteer.
 *
 * @param code       six-digit GB/T 2260 code, e.g. 350502
 * @param name       full name, e.g. 鲤城区
 * @param parentCode code of the enclosing division, or "" for a province
 * @param rank       1 province-level, 2 prefecture-level, 3 county-level
 */
public record Division(String code, String name, String parentCode, int rank) {

    public boolean isProvince() {
        return rank == 1;
    }
}
