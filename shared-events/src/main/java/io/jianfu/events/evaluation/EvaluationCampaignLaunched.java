package io.jianfu.events.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * 基层反向评价: a reverse evaluation was launched. The tokens it issued are not part of the fact (only their salted
 * hashes are kept, outside the event store).
 */
public record EvaluationCampaignLaunched(String campaignId, String title, LocalDate periodStart, LocalDate periodEnd,
                                         List<String> evaluatedDepartmentCodes, List<RespondentQuota> respondents) {
}
