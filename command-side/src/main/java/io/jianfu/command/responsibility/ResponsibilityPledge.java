package io.jianfu.command.responsibility;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.responsibility.PledgeClause;
import io.jianfu.events.responsibility.ResponsibilityPledgeAmended;
import io.jianfu.events.responsibility.ResponsibilityPledgeFiled;
import io.jianfu.events.responsibility.ResponsibilityPledgeRevoked;
import io.jianfu.events.responsibility.ResponsibilityPledgeUpheld;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 责任状: a responsibility pledge a department hands to a street or town. The issuing department files and amends
 * it; the discipline office (纪委监委) revokes or upholds it. A revoked pledge takes no more changes.
 */
@Aggregate
public class ResponsibilityPledge {
    @AggregateIdentifier
    private String pledgeId;
    private String issuingDepartmentCode;
    private LocalDate filedOn;
    private boolean revoked;

    @CommandHandler
    public ResponsibilityPledge(FileResponsibilityPledge command, MetaData metaData, DirectoryLookup directory,
                                ResponsibilityList list) {
        Check check = Check.fields()
                           .required("id", command.pledgeId())
                           .that(command.pledgeId() == null || Ids.isWellFormed(command.pledgeId()), "id",
                                 "must be 1 to 64 letters, digits, '.', '-' or '_'")
                           .required("issuingDepartmentCode", command.issuingDepartmentCode())
                           .required("targetUnitCode", command.targetUnitCode())
                           .required("year", command.year())
                           .between("year", command.year(), 2000, 2100)
                           .required("filedOn", command.filedOn());
        String issuer = PledgeRules.strip(command.issuingDepartmentCode());
        if (issuer != null) {
            Actor.from(metaData).requireActsFor(issuer, "file a pledge");
        }
        List<PledgeClause> clauses = PledgeRules.clauses(check, command.clauses());
        check.orThrow();
        String target = command.targetUnitCode().strip();
        PledgeRules.requireIssuer(issuer, directory);
        PledgeRules.requireTarget(target, directory);
        PledgeRules.requireListedMatters(clauses, command.filedOn(), list);
        apply(new ResponsibilityPledgeFiled(command.pledgeId(), issuer, target, command.year(), command.filedOn(),
                                            clauses));
    }

    protected ResponsibilityPledge() {
    }

    @CommandHandler
    public void handle(AmendResponsibilityPledge command, MetaData metaData, ResponsibilityList list) {
        Actor.from(metaData).requireActsFor(issuingDepartmentCode, "amend this pledge");
        Check check = Check.fields().required("reason", command.reason()).maxLength("reason", command.reason(), 1000);
        List<PledgeClause> clauses = PledgeRules.clauses(check, command.clauses());
        check.orThrow();
        requireNotRevoked("amended");
        PledgeRules.requireListedMatters(clauses, filedOn, list);
        apply(new ResponsibilityPledgeAmended(pledgeId, clauses, command.reason().strip()));
    }

    @CommandHandler
    public void handle(RevokeResponsibilityPledge command, MetaData metaData) {
        Actor.from(metaData).requireDiscipline("revoke a pledge");
        requireReason(command.reason());
        requireNotRevoked("revoked again");
        apply(new ResponsibilityPledgeRevoked(pledgeId, command.reason().strip()));
    }

    @CommandHandler
    public void handle(UpholdResponsibilityPledge command, MetaData metaData) {
        Actor.from(metaData).requireDiscipline("uphold a pledge");
        requireReason(command.reason());
        requireNotRevoked("upheld");
        apply(new ResponsibilityPledgeUpheld(pledgeId, command.reason().strip()));
    }

    private static void requireReason(String reason) {
        Check.fields().required("reason", reason).maxLength("reason", reason, 1000).orThrow();
    }

    private void requireNotRevoked(String what) {
        if (revoked) {
            throw new RuleViolation("Pledge " + pledgeId + " is revoked and cannot be " + what + ".");
        }
    }

    @EventSourcingHandler
    void on(ResponsibilityPledgeFiled event) {
        this.pledgeId = event.pledgeId();
        this.issuingDepartmentCode = event.issuingDepartmentCode();
        this.filedOn = event.filedOn();
    }

    @EventSourcingHandler
    void on(ResponsibilityPledgeRevoked event) {
        this.revoked = true;
    }
}
