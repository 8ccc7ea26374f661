package io.jianfu.command.inspection;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Roles;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.inspection.UnreportedInspectionHalted;
import io.jianfu.events.inspection.UnreportedInspectionRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static io.jianfu.command.inspection.InspectionChecks.strip;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An inspection that never entered the system (未报备), as the grassroots unit that refused it recorded it; the
 * discipline office may halt it and order the department to rectify.
 */
@Aggregate
public class UnreportedInspection {
    @AggregateIdentifier
    private String recordId;
    private String departmentCode;
    private boolean halted;

    @CommandHandler
    public UnreportedInspection(RecordUnreportedInspection command, MetaData metaData, DirectoryLookup directory) {
        Check check = InspectionChecks.id(Check.fields(), "id", command.recordId())
                                      .required("unitCode", command.unitCode())
                                      .required("departmentCode", command.departmentCode())
                                      .required("date", command.date());
        InspectionChecks.text(check, "description", command.description(), 2000);
        String unit = strip(command.unitCode());
        if (unit != null) {
            Actor.from(metaData).requireActsFor(unit, "record a refused inspection");
        }
        check.orThrow();
        InspectionChecks.requireDepartment(command.departmentCode().strip(), directory);
        apply(new UnreportedInspectionRecorded(command.recordId(), unit, command.departmentCode().strip(),
                                               command.date(), command.description().strip()));
    }

    protected UnreportedInspection() {
    }

    @CommandHandler
    public void handle(HaltUnreportedInspection command, MetaData metaData) {
        InspectionChecks.requireRole(metaData, Roles.DISCIPLINE, "halt inspections");
        Check check = Check.fields();
        InspectionChecks.text(check, "reason", command.reason(), 1000);
        InspectionChecks.text(check, "rectification", command.rectification(), 1000).orThrow();
        if (halted) {
            throw new RuleViolation("Unreported inspection " + recordId + " is already halted.");
        }
        apply(new UnreportedInspectionHalted(recordId, departmentCode, command.reason().strip(),
                                             command.rectification().strip()));
    }

    @EventSourcingHandler
    void on(UnreportedInspectionRecorded event) {
        recordId = event.recordId();
        departmentCode = event.departmentCode();
    }

    @EventSourcingHandler
    void on(UnreportedInspectionHalted event) {
        halted = true;
    }
}
