package io.jianfu.command.evaluation;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.AlreadyExists;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.evaluation.RespondentQuota;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Handles {@link LaunchEvaluationCampaign}: creates the campaign and, in the same transaction, its ballot box with
 * one salted hash per token. The plain tokens are the command's result, handed to the launcher once.
 */
@Component
public class EvaluationLauncher {
    private final Repository<EvaluationCampaign> campaigns;
    private final DirectoryLookup directory;
    private final Ballots ballots;

    public EvaluationLauncher(Repository<EvaluationCampaign> campaigns, DirectoryLookup directory, Ballots ballots) {
        this.campaigns = campaigns;
        this.directory = directory;
        this.ballots = ballots;
    }

    @CommandHandler
    public IssuedTokens handle(LaunchEvaluationCampaign command, MetaData metaData) throws Exception {
        Actor actor = Actor.from(metaData);
        actor.requireDiscipline("launch a reverse evaluation");
        CampaignRules.checkLaunch(command);
        if (ballots.exists(command.campaignId())) {
            throw new AlreadyExists(command.campaignId(), "Campaign " + command.campaignId()
                    + " already exists; its tokens were handed out once and cannot be issued again.");
        }
        campaigns.newInstance(() -> new EvaluationCampaign(command, actor, directory));
        byte[] salt = EvaluationTokens.newSalt();
        List<IssuedTokens.IssuedToken> tokens = new ArrayList<>();
        List<byte[]> hashes = new ArrayList<>();
        for (RespondentQuota quota : command.respondents()) {
            for (int i = 0; i < quota.answers(); i++) {
                String token = EvaluationTokens.newToken();
                tokens.add(new IssuedTokens.IssuedToken(quota.unitCode().strip(), token));
                hashes.add(EvaluationTokens.hash(salt, token));
            }
        }
        ballots.open(command.campaignId(), salt, hashes);
        return new IssuedTokens(command.campaignId(), List.copyOf(tokens));
    }
}
