package gongkai.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What a report says about itself: who, when, where. Absent values are null.
 *
 * @param titled  the text holds a report's title (not only a file name that looks like one)
 * @param printed agency and year were both read from the text, not from the file name
 */
public record Metadata(String agency, Integer year, String region, String regionCode, String province,
                       String level, String docNo, LocalDate published, List<String> warnings,
                       boolean titled, boolean printed) {
}
