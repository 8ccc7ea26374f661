package io.jianfu.command.evaluation;

import io.jianfu.events.evaluation.DepartmentAnswer;

import java.util.List;

/** Answer a reverse evaluation anonymously with a one-time token; needs nothing else. */
public record SubmitEvaluation(String campaignId, String token, List<DepartmentAnswer> answers) {
    /** Never print the token (commands can end up in logs). */
    @Override
    public String toString() {
        return "SubmitEvaluation[campaignId=" + campaignId + "]";
    }
}
