package io.jianfu.query.responsibility;

import java.time.LocalDate;
import java.util.List;

/** A responsibility matter's (属地事项) every version, oldest first, and its retirement if it was retired. */
public record MatterHistory(String id, int currentVersion, LocalDate retiredOn, String retirementReason,
                            List<MatterVersion> versions) {
}
