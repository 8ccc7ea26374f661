package io.jianfu.events.evaluation;

/** The campaign took its last answer; {@code answersReleased} answer sheets follow it into the store. */
public record EvaluationCampaignClosed(String campaignId, int answersReleased) {
}
