package gongkai.report;

/**
 * The report a copy measure names: who wrote it and when, so that a reader sees "与 某局 2023
 * 报告 87% 相同" without a second look-up, and its id, to open it or diff against it.
 *
 * @param id       the named report's id
 * @param agency   its agency, as printed; may be null
 * @param agencyId its agency id
 * @param year     its reporting year
 */
public record CopyMatch(String id, String agency, String agencyId, Integer year) {
}
