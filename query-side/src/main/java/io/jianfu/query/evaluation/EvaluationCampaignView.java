package io.jianfu.query.evaluation;

import io.jianfu.events.evaluation.RespondentQuota;

import java.time.LocalDate;
import java.util.List;

/** A reverse evaluation campaign as launched: whom it asks about, whom it asks, and whether it is closed. */
public record EvaluationCampaignView(String campaignId, String title, LocalDate periodStart, LocalDate periodEnd,
                                     List<String> evaluatedDepartmentCodes, List<RespondentQuota> respondents,
                                     String status, Integer answersReleased) {
}
