package io.jianfu.command.evaluation;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.evaluation.RectificationOrdered;
import io.jianfu.events.evaluation.RectificationReported;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 责令整改: the discipline office orders a department to rectify a finding of a reverse evaluation; the department
 * reports back once. Created by {@link RectificationOrders}, which checks the campaign.
 */
@Aggregate
public class Rectification {
    static final int MAX_TEXT = 2000;

    @AggregateIdentifier
    private String orderId;
    private String departmentCode;
    private boolean reported;

    Rectification(OrderRectification command) {
        apply(new RectificationOrdered(command.orderId(), command.campaignId().strip(),
                                       command.departmentCode().strip(), command.finding().strip(), command.issue(),
                                       command.dueOn()));
    }

    protected Rectification() {
    }

    @CommandHandler
    public void handle(ReportRectification command, MetaData metaData) {
        Actor.from(metaData).requireActsFor(departmentCode, "report on this rectification");
        Check.fields()
             .required("report", command.report())
             .maxLength("report", command.report(), MAX_TEXT)
             .required("rectifiedOn", command.rectifiedOn())
             .orThrow();
        if (reported) {
            throw new RuleViolation("Rectification " + orderId + " has already been reported on.");
        }
        apply(new RectificationReported(orderId, departmentCode, command.report().strip(), command.rectifiedOn()));
    }

    @EventSourcingHandler
    void on(RectificationOrdered event) {
        this.orderId = event.orderId();
        this.departmentCode = event.departmentCode();
    }

    @EventSourcingHandler
    void on(RectificationReported event) {
        this.reported = true;
    }
}
