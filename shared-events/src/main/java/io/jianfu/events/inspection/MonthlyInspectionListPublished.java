package io.jianfu.events.inspection;

import java.util.List;

/** The supervision office published a month's inspection list; each line carries its verification code. */
public record MonthlyInspectionListPublished(String monthId, String month, List<PublishedInspection> entries) {
}
