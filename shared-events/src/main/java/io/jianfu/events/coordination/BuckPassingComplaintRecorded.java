package io.jianfu.events.coordination;

import java.time.OffsetDateTime;

/** A grassroots unit complained that a department passed the buck (推诿扯皮) on a coordination request. */
public record BuckPassingComplaintRecorded(String requestId, String complaintId, String departmentCode,
                                           String complainantUnitCode, String description,
                                           OffsetDateTime complainedAt) {
}
