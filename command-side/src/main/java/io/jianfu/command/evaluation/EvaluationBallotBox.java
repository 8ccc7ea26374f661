package io.jianfu.command.evaluation;

import io.jianfu.command.common.Conflict;
import io.jianfu.events.evaluation.DepartmentAnswer;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Handles {@link SubmitEvaluation} without knowing who sends it: it reads no metadata, marks the token used and
 * holds the answers (nothing else, not even the day) in one transaction, and applies no event, so nothing of this request's
 * metadata (request id, correlation and trace ids, any signed-in user) can reach the store. The answers enter the
 * event store when the campaign closes ({@link EvaluationCloser}).
 */
@Component
public class EvaluationBallotBox {
    private final Repository<EvaluationCampaign> campaigns;
    private final Ballots ballots;

    public EvaluationBallotBox(Repository<EvaluationCampaign> campaigns, Ballots ballots) {
        this.campaigns = campaigns;
        this.ballots = ballots;
    }

    @CommandHandler
    public void handle(SubmitEvaluation command) throws Exception {
        List<DepartmentAnswer> answers = CampaignRules.checkSheet(command);
        campaigns.load(command.campaignId()).execute(campaign -> campaign.requireAnswerable(answers));
        byte[] salt = ballots.salt(command.campaignId()).orElseThrow(() -> new UnknownEvaluationToken(
                command.campaignId()));
        if (!EvaluationTokens.isWellFormed(command.token())) {
            throw new UnknownEvaluationToken(command.campaignId());
        }
        switch (ballots.consume(command.campaignId(), EvaluationTokens.hash(salt, command.token()))) {
            case CONSUMED -> ballots.hold(command.campaignId(),
                                          new Ballots.HeldAnswer(answers));
            case ALREADY_USED -> throw new Conflict("This token has already been used; each token answers once.");
            case UNKNOWN -> throw new UnknownEvaluationToken(command.campaignId());
        }
    }
}
