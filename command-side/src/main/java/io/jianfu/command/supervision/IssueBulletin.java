package io.jianfu.command.supervision;

import io.jianfu.events.supervision.BulletinProblem;

import java.time.LocalDate;
import java.util.List;

/** Issue a bulletin (通报) for a period, naming its problems and the cases behind them: DISCIPLINE. */
public record IssueBulletin(String bulletinId, String title, LocalDate periodFrom, LocalDate periodTo,
                            LocalDate issuedOn, List<BulletinProblem> problems) {
}
