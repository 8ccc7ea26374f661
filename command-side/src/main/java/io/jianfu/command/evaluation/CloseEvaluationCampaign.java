package io.jianfu.command.evaluation;

/** Close a reverse evaluation: no more answers; the answers held so far are released into the store. DISCIPLINE. */
public record CloseEvaluationCampaign(String campaignId) {
}
