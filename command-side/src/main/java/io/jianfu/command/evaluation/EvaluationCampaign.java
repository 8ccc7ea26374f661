package io.jianfu.command.evaluation;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.evaluation.DepartmentAnswer;
import io.jianfu.events.evaluation.EvaluationCampaignClosed;
import io.jianfu.events.evaluation.EvaluationCampaignLaunched;
import io.jianfu.events.evaluation.RespondentQuota;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 基层反向评价: a reverse evaluation campaign in which grassroots cadres rate district departments anonymously. The
 * discipline office launches and closes it; its answers never enter this aggregate's stream (see
 * {@link EvaluationBallotBox} and {@link EvaluationCloser}).
 */
@Aggregate
public class EvaluationCampaign {
    @AggregateIdentifier
    private String campaignId;
    private Set<String> evaluatedDepartments;
    private boolean closed;

    /** Created by {@link EvaluationLauncher}, which also issues the tokens. */
    EvaluationCampaign(LaunchEvaluationCampaign command, Actor actor, DirectoryLookup directory) {
        actor.requireDiscipline("launch a reverse evaluation");
        CampaignRules.checkLaunch(command);
        CampaignRules.requireUnits(command, directory);
        List<String> departments = command.evaluatedDepartmentCodes().stream().map(String::strip).toList();
        List<RespondentQuota> respondents = command.respondents().stream()
                .map(q -> new RespondentQuota(q.unitCode().strip(), q.answers())).toList();
        apply(new EvaluationCampaignLaunched(command.campaignId(), command.title().strip(), command.periodStart(),
                                             command.periodEnd(), departments, respondents));
    }

    protected EvaluationCampaign() {
    }

    /** An answer sheet may be taken: the campaign is open and evaluates every department the sheet names. */
    void requireAnswerable(List<DepartmentAnswer> answers) {
        requireOpen("takes no more answers");
        for (DepartmentAnswer answer : answers) {
            if (!evaluatedDepartments.contains(answer.departmentCode())) {
                throw new RuleViolation("Campaign " + campaignId + " does not evaluate department "
                        + answer.departmentCode() + ".");
            }
        }
    }

    void requireCloseableBy(Actor actor) {
        actor.requireDiscipline("close a reverse evaluation");
        requireOpen("cannot be closed again");
    }

    void close(int answersReleased) {
        apply(new EvaluationCampaignClosed(campaignId, answersReleased));
    }

    /** A rectification may be ordered only from the results of a closed campaign about a department it evaluated. */
    void requireFindingsAbout(String departmentCode) {
        if (!closed) {
            throw new RuleViolation("Campaign " + campaignId
                    + " is still open; its results, and so its findings, exist only once it is closed.");
        }
        if (!evaluatedDepartments.contains(departmentCode)) {
            throw new RuleViolation("Campaign " + campaignId + " did not evaluate department " + departmentCode + ".");
        }
    }

    private void requireOpen(String what) {
        if (closed) {
            throw new RuleViolation("Campaign " + campaignId + " is closed and " + what + ".");
        }
    }

    @EventSourcingHandler
    void on(EvaluationCampaignLaunched event) {
        this.campaignId = event.campaignId();
        this.evaluatedDepartments = Set.copyOf(event.evaluatedDepartmentCodes());
    }

    @EventSourcingHandler
    void on(EvaluationCampaignClosed event) {
        this.closed = true;
    }
}
