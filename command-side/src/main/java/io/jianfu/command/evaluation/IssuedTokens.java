package io.jianfu.command.evaluation;

import java.util.List;

/** The plain tokens of a new campaign: handed to the launcher once and never stored. */
public record IssuedTokens(String campaignId, List<IssuedToken> tokens) {

    /** One token and the respondent unit it was issued for (only the launcher ever learns this pairing). */
    public record IssuedToken(String respondentUnitCode, String token) {
        @Override
        public String toString() {
            return "IssuedToken[respondentUnitCode=" + respondentUnitCode + "]";
        }
    }
}
