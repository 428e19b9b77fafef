package gongkai.index;

import gongkai.report.Report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One agency's reports by year, for the corpus passes that compare a report with the year
 * before. A year with two reports of the agency (two different files) is no predecessor: which
 * of them the next year should be compared with cannot be told, and a comparison with the wrong
 * one would be a false finding.
 */
public final class AgencyYears {

    private final Map<Integer, List<Report>> byYear = new HashMap<>();

    public AgencyYears(List<Report> reports) {
        for (Report r : reports) {
            if (r.year() != null) byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r);
        }
    }

    /** The agency's only report of the year before {@code report}'s, if there is exactly one. */
    public Optional<Report> predecessor(Report report) {
        List<Report> before = report.year() == null ? null : byYear.get(report.year() - 1);
        return before != null && before.size() == 1 ? Optional.of(before.get(0)) : Optional.empty();
    }
}
