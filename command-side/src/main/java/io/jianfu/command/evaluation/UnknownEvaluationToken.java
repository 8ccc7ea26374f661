package io.jianfu.command.evaluation;

/** A token this campaign never issued (HTTP 404); the message never repeats the token. */
public class UnknownEvaluationToken extends RuntimeException {
    public UnknownEvaluationToken(String campaignId) {
        super("This token was not issued for campaign " + campaignId + ".");
    }
}
