package io.jianfu.query.supervision;

import java.time.LocalDate;
import java.util.Map;

/**
 * The discipline office's figures for a period: bulletins issued and the problems they name; cases opened, the
 * distinct cadres in them (involved, interviewed or disciplined) and the distinct cadres disciplined in the period;
 * cases closed and interviews held; cases by basis.
 */
public record SupervisionReport(LocalDate from, LocalDate to, long bulletins, long problemsNamed, long cases,
                                long people, long peopleDisciplined, long casesClosed, long interviews,
                                Map<String, Long> casesByBasis) {
}
