package io.jianfu.events.evaluation;

/** A respondent unit (a town, street, community or village) and how many one-time tokens it received. */
public record RespondentQuota(String unitCode, Integer answers) {
}
