package gongkai.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * What makes a text an annual report rather than a note, a spreadsheet or a site's list page
 * that lies beside the reports in a download folder. A text with none of the marks is not a
 * report; one mark is enough, so a report that lost its title or its tables still counts.
 *
 * @param title      a 年度报告 title (who reports for which year) in the text
 * @param parts      at least two of the six parts' headings (一、总体情况 …)
 * @param table      at least one figure of a standard table read
 * @param agencyYear an agency and a reporting year printed in the text (not taken from the file name)
 */
public record ReportMarks(boolean title, boolean parts, boolean table, boolean agencyYear) {

    /** Parts found by their headings: the splitter also keeps text before a first heading as the overview. */
    static final int MIN_PARTS = 3;

    public boolean any() {
        return title || parts || table || agencyYear;
    }

    /** Why the text is not a report: the marks it lacks, in one line. */
    public String reason() {
        List<String> lacks = new ArrayList<>();
        if (!title) lacks.add("no 年度报告 title");
        if (!parts) lacks.add("none of the six parts");
        if (!table) lacks.add("no standard table");
        if (!agencyYear) lacks.add("no agency with a year");
        return String.join(", ", lacks);
    }
}
