package gongkai.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads agency, reporting year, 文号, printed date and region from a report's text. What it cannot
 * read with confidence stays null, with a warning that says why. Thread-safe.
 */
public final class MetadataReader {

    /** 由宜春市统计局结合有关统计数据编制, 请与宜春市统计局联系: the agency in a report without a title. */
    private static final Pattern BODY_AGENCY = Pattern.compile(
            "(?:由|请与)(\\p{IsHan}{2,30}?)(?:结合|根据|依据|按照|负责|编制|联系)");
    /** 统计期限自2020年1月1日, 统计时限为2022年1月1日: the period the figures cover. */
    private static final Pattern PERIOD = Pattern.compile(
            "(?:统计期限|统计时限|统计周期|统计期间)[^。0-9]{0,6}((?:19|20)\\d{2})\\s*年\\s*1\\s*月\\s*1\\s*日");
    /** A 文号 standing on its own line: 泉鲤统〔2021〕1号. */
    private static final Pattern DOC_NO = Pattern.compile(
            "\\s*(\\p{IsHan}{1,12}\\s*[〔\\[［【(（]\\s*(?:19|20)\\d{2}\\s*[〕\\]］】)）]\\s*第?\\s*\\d{1,5}\\s*号)\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SOURCE_NAME = Pattern.compile("^(\\p{IsHan}{2,30}?)[_\\-\\s]?((?:19|20)\\d{2})?$");
    private static final int HEAD = 1500;

    private final Gazetteer gazetteer;

    public MetadataReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Metadata read(String text, String sourceName) {
        return read(text, sourceName, false);
    }

    /**
     * @param ocr whether the text was read by OCR: an agency whose name begins with no known
     *            place is then checked for a misread character of one ({@link Gazetteer#ocrSlipOf})
     */
    public Metadata read(String text, String sourceName, boolean ocr) {
        PageText page = PageText.of(text == null ? "" : text);
        String body = page.body();
        String head = body.length() > HEAD ? body.substring(0, HEAD) : body;
        List<String> warnings = new ArrayList<>();
        SourceHint hint = SourceHint.of(sourceName);

        ReportTitle title = page.field("标题") != null ? ReportTitle.whole(page.field("标题")) : null;
        if (title == null) {
            title = ReportTitle.find(body);
        }
        String agency = agency(title, head, hint, warnings);
        if (ocr && agency != null) {
            String slip = gazetteer.ocrSlipOf(agency).orElse(null);
            if (slip != null) {
                warnings.add("agency: the scan reads '" + agency + "', which names no known place; '" + slip
                        + "' does, one OCR-confusable character apart");
                agency = slip;
            }
        }
        Integer periodYear = periodYear(head);
        Integer year = year(title, periodYear, hint, warnings);
        String docNo = docNo(page, head);
        LocalDate published = published(page, body, head, year, warnings);

        boolean printed = agencyInText(title, head) != null && (title != null || periodYear != null);
        String context = (page.field("标题") == null ? "" : page.field("标题")) + "\n" + head;
        Placement place = placement(agency, context, hint, warnings);
        return new Metadata(agency, year, place.region(), place.regionCode(), place.province(), place.level(),
                docNo, published, List.copyOf(warnings), title != null, printed);
    }

    private static String agency(ReportTitle title, String head, SourceHint hint, List<String> warnings) {
        String printed = agencyInText(title, head);
        if (printed != null) {
            return printed;
        }
        if (hint.agency() != null) {
            warnings.add("agency: not printed in the title or opening lines; '" + hint.agency() + "' is from the file name");
            return hint.agency();
        }
        warnings.add("agency: not found in the title or opening lines");
        return null;
    }

    /** The agency named by the title or the opening lines, or null. */
    private static String agencyInText(ReportTitle title, String head) {
        if (title != null && title.agency() != null) {
            return title.agency();
        }
        Matcher m = BODY_AGENCY.matcher(head);
        while (m.find()) {
            String agency = ReportTitle.agency(m.group(1));
            if (agency != null) {
                return agency;
            }
        }
        return null;
    }

    /** The first year of a printed statistics period (统计期限自2020年1月1日…), or null. */
    private static Integer periodYear(String head) {
        Integer periodYear = null;
        for (int at = head.indexOf("统计"); at >= 0 && periodYear == null; at = head.indexOf("统计", at + 2)) {
            Matcher period = PERIOD.matcher(head).region(at, Math.min(head.length(), at + 30));
            periodYear = period.lookingAt() ? Integer.valueOf(period.group(1)) : null;
        }
        return periodYear;
    }

    private static Integer year(ReportTitle title, Integer periodYear, SourceHint hint, List<String> warnings) {
        if (title != null) {
            if (periodYear != null && periodYear != title.year()) {
                warnings.add("year: the title says " + title.year() + " but the statistics period starts in " + periodYear);
            }
            return title.year();
        }
        if (periodYear != null) {
            return periodYear;
        }
        if (hint.year() != null) {
            warnings.add("year: not printed in a title or statistics period; " + hint.year() + " is from the file name");
            return hint.year();
        }
        warnings.add("year: no title or statistics period names the reporting year");
        return null;
    }

    private static String docNo(PageText page, String head) {
        String field = page.field("文号");
        if (field != null) {
            return field;
        }
        // a line of its own among the first lines; lines are walked by hand, not by regex
        int from = 0;
        for (int line = 0; line < 15 && from < head.length(); line++) {
            int end = head.indexOf('\n', from);
            end = end < 0 ? head.length() : end;
            if (end - from <= 40 && head.lastIndexOf('号', end - 1) >= from) {
                Matcher m = DOC_NO.matcher(head).region(from, end);
                if (m.matches()) {
                    return SPACES.matcher(m.group(1)).replaceAll("");
                }
            }
            from = end + 1;
        }
        return null;
    }

    private static LocalDate published(PageText page, String body, String head, Integer year, List<String> warnings) {
        LocalDate printed = PrintedDate.signature(body);
        if (printed != null && (year == null || printed.getYear() > year)) {
            return printed;
        }
        if (printed != null) {
            warnings.add("published: ignored " + printed + ", printed within the reporting year " + year);
        }
        LocalDate pageDate = page.field("发布时间") != null ? PrintedDate.parse(page.field("发布时间")) : PrintedDate.pageDate(head);
        if (pageDate != null) {
            warnings.add("published: no date printed in the report; " + pageDate + " is the web page's publication date");
            return pageDate;
        }
        warnings.add("published: no date printed in the report");
        return null;
    }

    /**
     * The region from the agency's name, disambiguated by the title and opening lines; the file
     * name is tried only when the agency names no place at all (an OCR slip like 沐阳 for 沭阳).
     */
    private Placement placement(String agency, String context, SourceHint hint, List<String> warnings) {
        Placement place = agency == null ? null : gazetteer.place(agency, context);
        boolean tryHint = hint.agency() != null && !hint.agency().equals(agency);
        if (place != null && (place.found() || place.ambiguous() || !tryHint)) {
            warnings.addAll(place.warnings());
            return place;
        }
        if (!tryHint) {
            warnings.add("region: no agency to place");
            return Placement.unknown(List.of(), false);
        }
        Placement fromName = gazetteer.place(hint.agency(), context);
        if (fromName.found()) {
            warnings.add("region: from the file name '" + hint.agency() + "', not from the report's text"
                    + (agency == null ? "" : " ('" + agency + "' names no known place)"));
        } else {
            warnings.addAll(fromName.warnings());
        }
        return fromName;
    }

    /** What a file name like 淮安市洪泽区人民政府_2023.pdf suggests; used only as a last resort. */
    private record SourceHint(String agency, Integer year) {
        static SourceHint of(String sourceName) {
            if (sourceName == null) {
                return new SourceHint(null, null);
            }
            String name = sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
            int dot = name.lastIndexOf('.');
            Matcher m = SOURCE_NAME.matcher(dot > 0 ? name.substring(0, dot) : name);
            if (!m.matches()) {
                return new SourceHint(null, null);
            }
            return new SourceHint(ReportTitle.agency(m.group(1)), m.group(2) == null ? null : Integer.valueOf(m.group(2)));
        }
    }
}
