package io.jianfu.command.meeting;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.meeting.AnnualMeetingPlanAmended;
import io.jianfu.events.meeting.AnnualMeetingPlanFiled;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** 年度会议计划: one unit's planned meeting count for one year; there is one plan per unit and year. */
@Aggregate
public class MeetingPlan {
    static final int MAX_PLANNED = 10_000;

    @AggregateIdentifier
    private String planId;
    private String unitCode;
    private int year;
    private int plannedCount;

    public static String idFor(String unitCode, int year) {
        return "meeting-plan-" + unitCode + "-" + year;
    }

    @CommandHandler
    public MeetingPlan(FileAnnualMeetingPlan command, MetaData metaData, DirectoryLookup directory) {
        Check.fields()
             .required("unitCode", command.unitCode())
             .required("year", command.year())
             .between("year", command.year(), 2000, 2100)
             .required("plannedCount", command.plannedCount())
             .between("plannedCount", command.plannedCount(), 0, MAX_PLANNED)
             .orThrow();
        Check.fields()
             .that(idFor(command.unitCode(), command.year()).equals(command.planId()), "planId",
                   "must be " + idFor(command.unitCode(), command.year()) + ": one plan per unit and year")
             .orThrow();
        Actor.from(metaData).requireActsFor(command.unitCode(), "file a meeting plan");
        if (!directory.unitExists(command.unitCode())) {
            throw new RuleViolation("Unit " + command.unitCode() + " is not registered.");
        }
        apply(new AnnualMeetingPlanFiled(command.planId(), command.unitCode(), command.year(),
                                         command.plannedCount()));
    }

    protected MeetingPlan() {
    }

    @CommandHandler
    public void handle(AmendAnnualMeetingPlan command, MetaData metaData) {
        Check.fields()
             .required("plannedCount", command.plannedCount())
             .between("plannedCount", command.plannedCount(), 0, MAX_PLANNED)
             .required("reason", command.reason())
             .maxLength("reason", command.reason(), 500)
             .orThrow();
        Actor.from(metaData).requireActsFor(unitCode, "amend a meeting plan");
        if (command.plannedCount() == plannedCount) {
            throw new RuleViolation("The plan for " + year + " already counts " + plannedCount + " meetings.");
        }
        apply(new AnnualMeetingPlanAmended(planId, unitCode, year, plannedCount, command.plannedCount(),
                                           command.reason().strip()));
    }

    @EventSourcingHandler
    void on(AnnualMeetingPlanFiled event) {
        this.planId = event.planId();
        this.unitCode = event.unitCode();
        this.year = event.year();
        this.plannedCount = event.plannedCount();
    }

    @EventSourcingHandler
    void on(AnnualMeetingPlanAmended event) {
        this.plannedCount = event.plannedCount();
    }
}
