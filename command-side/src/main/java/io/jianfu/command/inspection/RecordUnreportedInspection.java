package io.jianfu.command.inspection;

import java.time.LocalDate;

/** Record the refusal of an inspection that never entered the system; STAFF of the refusing unit. */
public record RecordUnreportedInspection(String recordId, String unitCode, String departmentCode, LocalDate date,
                                         String description) {
}
