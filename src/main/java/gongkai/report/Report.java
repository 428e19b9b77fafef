package gongkai.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One annual report, read and checked: what {@code gongkai extract} prints, what the index
 * stores and what {@code /api/reports/{id}} returns.
 *
 * <p>Absent metadata is {@code null}. Figures hold only values that were read (or, for
 * blanks forced by a consistency rule, inferred and listed in {@code inferred}); a figure
 * that was blank or could not be placed is in {@code missing}, never in {@code figures}.
 *
 * @param source      the file the report was read from, as given
 * @param format      the input format: txt, html, pdf, doc, docx, md
 * @param contentHash SHA-256 of the file's bytes, hex; the basis of the report's id
 * @param agency      the reporting body, e.g. 丽水市统计局
 * @param agencyId    the same agency across years and spellings, e.g. 320813:人民政府 for both
 *                    洪泽区人民政府 and 淮安市洪泽区人民政府; null without a region code
 * @param year        the reporting year (not the publication year)
 * @param region      the administrative area, province first, e.g. 浙江省丽水市
 * @param regionCode  the area's GB/T 2260 code, e.g. 331100
 * @param province    the province alone, e.g. 浙江省
 * @param level       省级, 市级, 县级 or 乡级
 * @param docNo       文号, e.g. 泉鲤统〔2021〕1号
 * @param published   the date printed on the report
 * @param template    the table template, or null for reports without standard tables
 * @param figures     figure key to value, in catalog order
 * @param missing     keys the template has that were blank or could not be placed
 * @param inferred    keys whose blank cell a consistency rule forced to 0
 * @param checks      every consistency check whose inputs were all present
 * @param warnings    human-readable notes on what could not be read and why
 * @param sections    section key ({@link Section#key()}) to the part's text
 * @param text        the report's whole normalised text, as indexed and searched
 * @param ocr         whether some of it was read from page images by OCR (a scan): a reader
 *                    should check its figures against the scan
 * @param copyNearest the report of another agency whose text {@code copy.nearest} measures
 *                    against, or null when that figure is missing
 * @param url         where the report is published on the web, as the file itself gives it
 *                    (a saved page's 原文链接); null when the file does not say
 */
public record Report(
        String source,
        String format,
        String contentHash,
        String agency,
        String agencyId,
        Integer year,
        String region,
        String regionCode,
        String province,
        String level,
        String docNo,
        LocalDate published,
        Template template,
        Map<String, BigDecimal> figures,
        List<String> missing,
        List<String> inferred,
        List<Check> checks,
        List<String> warnings,
        Map<String, String> sections,
        String text,
        boolean ocr,
        CopyMatch copyNearest,
        String url) {

    /** A report without a known web address. */
    public Report(String source, String format, String contentHash, String agency, String agencyId, Integer year,
                  String region, String regionCode, String province, String level, String docNo, LocalDate published,
                  Template template, Map<String, BigDecimal> figures, List<String> missing, List<String> inferred,
                  List<Check> checks, List<String> warnings, Map<String, String> sections, String text, boolean ocr,
                  CopyMatch copyNearest) {
        this(source, format, contentHash, agency, agencyId, year, region, regionCode, province, level, docNo, published,
                template, figures, missing, inferred, checks, warnings, sections, text, ocr, copyNearest, null);
    }

    /** A report with no named nearest report (none measured yet). */
    public Report(String source, String format, String contentHash, String agency, String agencyId, Integer year,
                  String region, String regionCode, String province, String level, String docNo, LocalDate published,
                  Template template, Map<String, BigDecimal> figures, List<String> missing, List<String> inferred,
                  List<Check> checks, List<String> warnings, Map<String, String> sections, String text, boolean ocr) {
        this(source, format, contentHash, agency, agencyId, year, region, regionCode, province, level, docNo, published,
                template, figures, missing, inferred, checks, warnings, sections, text, ocr, null);
    }

    /** A report read from its text, not by OCR. */
    public Report(String source, String format, String contentHash, String agency, String agencyId, Integer year,
                  String region, String regionCode, String province, String level, String docNo, LocalDate published,
                  Template template, Map<String, BigDecimal> figures, List<String> missing, List<String> inferred,
                  List<Check> checks, List<String> warnings, Map<String, String> sections, String text) {
        this(source, format, contentHash, agency, agencyId, year, region, regionCode, province, level, docNo, published,
                template, figures, missing, inferred, checks, warnings, sections, text, false);
    }

    /** A report whose agency has no id: the form every caller used before agency ids existed. */
    public Report(String source, String format, String contentHash, String agency, Integer year, String region,
                  String regionCode, String province, String level, String docNo, LocalDate published,
                  Template template, Map<String, BigDecimal> figures, List<String> missing, List<String> inferred,
                  List<Check> checks, List<String> warnings, Map<String, String> sections, String text) {
        this(source, format, contentHash, agency, null, year, region, regionCode, province, level, docNo, published,
                template, figures, missing, inferred, checks, warnings, sections, text);
    }

    /** The same report with this agency id. */
    public Report withAgencyId(String id) {
        return new Report(source, format, contentHash, agency, id, year, region, regionCode, province, level, docNo,
                published, template, figures, missing, inferred, checks, warnings, sections, text, ocr, copyNearest, url);
    }

    /** The same report with these figures. */
    public Report withFigures(Map<String, BigDecimal> figures) {
        return new Report(source, format, contentHash, agency, agencyId, year, region, regionCode, province, level, docNo,
                published, template, figures, missing, inferred, checks, warnings, sections, text, ocr, copyNearest, url);
    }

    /** The same report with these checks. */
    public Report withChecks(List<Check> checks) {
        return new Report(source, format, contentHash, agency, agencyId, year, region, regionCode, province, level, docNo,
                published, template, figures, missing, inferred, checks, warnings, sections, text, ocr, copyNearest, url);
    }

    /** The same report with these figures and this named nearest report (null for none). */
    public Report withCopyNearest(Map<String, BigDecimal> figures, CopyMatch nearest) {
        return new Report(source, format, contentHash, agency, agencyId, year, region, regionCode, province, level, docNo,
                published, template, figures, missing, inferred, checks, warnings, sections, text, ocr, nearest, url);
    }

    /** True when at least one consistency check failed. */
    public boolean anyCheckFailed() {
        return checks.stream().anyMatch(c -> !c.ok());
    }

    /** The rules of the failed checks, in order. */
    public List<String> failedChecks() {
        return checks.stream().filter(c -> !c.ok()).map(Check::rule).toList();
    }

    /** A stable id, derived from the content: the first 16 hex digits of the hash. */
    public String id() {
        return contentHash == null ? null : contentHash.substring(0, Math.min(16, contentHash.length()));
    }
}
