package io.jianfu.command.evaluation;

import io.jianfu.events.evaluation.RespondentQuota;

import java.time.LocalDate;
import java.util.List;

/** Launch a reverse evaluation (基层反向评价) and issue its one-time tokens; DISCIPLINE only. */
public record LaunchEvaluationCampaign(String campaignId, String title, LocalDate periodStart, LocalDate periodEnd,
                                       List<String> evaluatedDepartmentCodes, List<RespondentQuota> respondents) {
}
