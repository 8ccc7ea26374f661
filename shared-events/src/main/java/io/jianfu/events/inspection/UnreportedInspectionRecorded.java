package io.jianfu.events.inspection;

import java.time.LocalDate;

/** A grassroots unit recorded that it refused an inspection that never entered the system (未报备). */
public record UnreportedInspectionRecorded(String recordId, String unitCode, String departmentCode, LocalDate date,
                                           String description) {
}
