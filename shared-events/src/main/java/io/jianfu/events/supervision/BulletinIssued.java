package io.jianfu.events.supervision;

import java.time.LocalDate;
import java.util.List;

/** A bulletin (通报) was issued for a period, naming its problems. */
public record BulletinIssued(String bulletinId, String title, LocalDate periodFrom, LocalDate periodTo,
                             LocalDate issuedOn, List<BulletinProblem> problems) {
}
