package io.jianfu.query.supervision;

import io.jianfu.events.supervision.BulletinProblem;

import java.time.LocalDate;
import java.util.List;

/** A bulletin (通报) as issued. */
public record BulletinView(String id, String title, LocalDate periodFrom, LocalDate periodTo, LocalDate issuedOn,
                           List<BulletinProblem> problems) {
}
