package io.jianfu.command.evaluation;

import io.jianfu.command.common.Actor;
import io.jianfu.events.evaluation.EvaluationSubmitted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Handles {@link CloseEvaluationCampaign} in one transaction: the campaign closes (an event with the closer's
 * metadata), every held answer is appended as an {@link EvaluationSubmitted} in random order with empty metadata,
 * and the ballot box (salt, token hashes) is deleted.
 *
 * <p>The answers are built with {@link GenericEventMessage}'s explicit-identifier constructor, the one that does not
 * merge the unit of work's correlation data; so they carry neither the closer's identity nor the request, trace or
 * correlation ids. Their rows' timestamps are the moment of closing, shared by all, never the moment of answering.
 */
@Component
public class EvaluationCloser {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Repository<EvaluationCampaign> campaigns;
    private final Ballots ballots;
    private final EventBus eventBus;

    public EvaluationCloser(Repository<EvaluationCampaign> campaigns, Ballots ballots, EventBus eventBus) {
        this.campaigns = campaigns;
        this.ballots = ballots;
        this.eventBus = eventBus;
    }

    @CommandHandler
    public void handle(CloseEvaluationCampaign command, MetaData metaData) throws Exception {
        Actor actor = Actor.from(metaData);
        var campaign = campaigns.load(command.campaignId());
        campaign.execute(c -> c.requireCloseableBy(actor));
        // Burn first: deleting the token rows waits for any answer still being committed on another node (it holds
        // its token row's lock), so the release below sees that answer; a later answer finds its token gone (404).
        ballots.burn(command.campaignId());
        List<Ballots.HeldAnswer> held = new ArrayList<>(ballots.release(command.campaignId()));
        Collections.shuffle(held, RANDOM);
        campaign.execute(c -> c.close(held.size()));
        var now = GenericEventMessage.clock.instant();
        List<EventMessage<?>> sheets = held.stream().<EventMessage<?>>map(answer -> new GenericEventMessage<>(
                UUID.randomUUID().toString(),
                new EvaluationSubmitted(command.campaignId(), answer.answers()),
                MetaData.emptyInstance(), now)).toList();
        eventBus.publish(sheets);
    }
}
