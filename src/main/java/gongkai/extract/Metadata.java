package gongkai.extract;

import java.time.LocalDate;
import java.util.List;

/** What a report says about itself: who, when, where. Absent values are null. */
public record Metadata(String agency, Integer year, String region, String regionCode, String province,
                       String level, String docNo, LocalDate published, List<String> warnings) {
}
