package io.jianfu.command.coordination;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.command.responsibility.ResponsibilityList;
import io.jianfu.events.coordination.BuckPassingComplaintRecorded;
import io.jianfu.events.coordination.CoordinationRequestRaised;
import io.jianfu.events.coordination.CoordinationRequestRated;
import io.jianfu.events.coordination.CoordinationRequestResolved;
import io.jianfu.events.coordination.CoordinationRequestRouted;
import io.jianfu.events.coordination.DepartmentReportedForDuty;
import io.jianfu.events.coordination.RemedyPlanPublished;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.jianfu.command.coordination.CoordinationRules.notInFuture;
import static io.jianfu.command.coordination.CoordinationRules.requireNotBefore;
import static io.jianfu.command.coordination.CoordinationRules.strip;
import static io.jianfu.command.coordination.CoordinationRules.timeOrNow;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 吹哨报到: a problem found in the field that needs departments. A community or the street raises it (吹哨), the list
 * routes it to the departments (or the street does by hand), each department reports for duty (报到), a remedy plan
 * is published, the street records it solved, and the raiser rates it. Buck-passing complaints name a department.
 */
@Aggregate
public class CoordinationRequest {
    @AggregateIdentifier
    private String requestId;
    private String raisedByUnitCode;
    private String streetCode;
    private OffsetDateTime raisedAt;
    private String leadDepartmentCode;
    private final Set<String> routedDepartments = new LinkedHashSet<>();
    private final Map<String, OffsetDateTime> arrivals = new HashMap<>();
    private OffsetDateTime latestPlanAt;
    private OffsetDateTime resolvedAt;
    private boolean rated;
    private int complaints;

    @CommandHandler
    public CoordinationRequest(RaiseCoordinationRequest command, MetaData metaData, DirectoryLookup directory,
                               ResponsibilityList list) {
        String raiser = strip(command.raisedByUnitCode());
        String matterId = strip(command.matterId());
        Check check = Check.fields()
                           .required("id", command.requestId())
                           .that(command.requestId() == null || Ids.isWellFormed(command.requestId()), "id",
                                 "must be 1 to 64 letters, digits, '.', '-' or '_'")
                           .required("raisedByUnitCode", raiser)
                           .required("streetCode", command.streetCode())
                           .required("place", command.place())
                           .maxLength("place", command.place(), 300)
                           .required("description", command.description())
                           .maxLength("description", command.description(), 4000)
                           .that(matterId == null || Ids.isWellFormed(matterId), "matterId", "must be a matter id");
        notInFuture(check, "raisedAt", command.raisedAt());
        if (raiser != null) {
            Actor.from(metaData).requireActsFor(raiser, "raise a coordination request");
        }
        check.orThrow();
        String street = command.streetCode().strip();
        CoordinationRules.requireRaiserOfStreet(raiser, street, directory);
        OffsetDateTime at = timeOrNow(command.raisedAt());
        CoordinationRouting routing = matterId == null ? null
                : CoordinationRouting.byList(matterId, at, list);
        apply(new CoordinationRequestRaised(command.requestId(), raiser, street, command.place().strip(),
                                            command.description().strip(), matterId, at));
        if (routing != null) {
            apply(routing.routed(command.requestId(), street));
        }
    }

    protected CoordinationRequest() {
    }

    @CommandHandler
    public void handle(RouteCoordinationRequest command, MetaData metaData, DirectoryLookup directory,
                       ResponsibilityList list) {
        Actor.from(metaData).requireActsFor(streetCode, "route this coordination request");
        CoordinationRouting routing = CoordinationRouting.of(command, raisedAt, directory, list);
        if (!routedDepartments.isEmpty()) {
            throw new RuleViolation("Request " + requestId + " is already routed to " + routedDepartments + ".");
        }
        apply(routing.routed(requestId, streetCode));
    }

    @CommandHandler
    public void handle(ReportForDuty command, MetaData metaData) {
        String department = strip(command.departmentCode());
        Check check = Check.fields().required("departmentCode", department);
        notInFuture(check, "arrivedAt", command.arrivedAt()).orThrow();
        Actor.from(metaData).requireActsFor(department, "report for duty");
        if (!routedDepartments.contains(department)) {
            throw new RuleViolation("Request " + requestId + " is not routed to " + department
                    + (routedDepartments.isEmpty() ? "; it is not routed yet." : "; it is routed to "
                    + routedDepartments + "."));
        }
        requireOpen("take a report for duty");
        if (arrivals.containsKey(department)) {
            throw new RuleViolation(department + " already reported for duty at " + arrivals.get(department) + ".");
        }
        OffsetDateTime at = timeOrNow(command.arrivedAt());
        requireNotBefore(at, "Arrival", raisedAt, "the request raised at");
        apply(new DepartmentReportedForDuty(requestId, department, at));
    }

    @CommandHandler
    public void handle(PublishRemedyPlan command, MetaData metaData) {
        String publisher = strip(command.publishedByUnitCode());
        Check check = Check.fields()
                           .required("publishedByUnitCode", publisher)
                           .required("plan", command.plan())
                           .maxLength("plan", command.plan(), 8000);
        notInFuture(check, "publishedAt", command.publishedAt()).orThrow();
        Actor.from(metaData).requireActsFor(publisher, "publish a remedy plan");
        if (!publisher.equals(streetCode) && !publisher.equals(leadDepartmentCode)) {
            throw new Forbidden("Only the street " + streetCode + " or the lead department"
                    + (leadDepartmentCode == null ? "" : " " + leadDepartmentCode) + " publishes the remedy plan.");
        }
        requireOpen("take a remedy plan");
        if (arrivals.isEmpty()) {
            throw new RuleViolation("No department has reported for duty on request " + requestId
                    + " yet; a plan follows the visit on site.");
        }
        OffsetDateTime at = timeOrNow(command.publishedAt());
        requireNotBefore(at, "The plan", raisedAt, "the request raised at");
        apply(new RemedyPlanPublished(requestId, publisher, command.plan().strip(), at));
    }

    @CommandHandler
    public void handle(ResolveCoordinationRequest command, MetaData metaData) {
        Check check = Check.fields().required("summary", command.summary())
                           .maxLength("summary", command.summary(), 4000);
        notInFuture(check, "resolvedAt", command.resolvedAt()).orThrow();
        Actor.from(metaData).requireActsFor(streetCode, "record this request solved");
        requireOpen("be solved again");
        if (latestPlanAt == null) {
            throw new RuleViolation("Request " + requestId + " has no published remedy plan yet.");
        }
        OffsetDateTime at = timeOrNow(command.resolvedAt());
        requireNotBefore(at, "The solution", latestPlanAt, "the plan published at");
        apply(new CoordinationRequestResolved(requestId, command.summary().strip(), at));
    }

    @CommandHandler
    public void handle(RateCoordinationRequest command, MetaData metaData) {
        Check.fields().required("satisfied", command.satisfied())
             .maxLength("comment", command.comment(), 2000).orThrow();
        Actor.from(metaData).requireActsFor(raisedByUnitCode, "rate this request");
        if (resolvedAt == null) {
            throw new RuleViolation("Request " + requestId + " is not solved yet; rate it once it is.");
        }
        if (rated) {
            throw new RuleViolation("Request " + requestId + " is already rated.");
        }
        apply(new CoordinationRequestRated(requestId, raisedByUnitCode, command.satisfied(), strip(command.comment())));
    }

    @CommandHandler
    public void handle(RecordBuckPassingComplaint command, MetaData metaData, DirectoryLookup directory) {
        String complainant = strip(command.complainantUnitCode());
        String department = strip(command.departmentCode());
        Check check = Check.fields()
                           .required("complainantUnitCode", complainant)
                           .required("departmentCode", department)
                           .required("description", command.description())
                           .maxLength("description", command.description(), 4000);
        notInFuture(check, "complainedAt", command.complainedAt()).orThrow();
        Actor.from(metaData).requireActsFor(complainant, "complain about buck-passing");
        if (!complainant.equals(raisedByUnitCode) && !complainant.equals(streetCode)) {
            throw new Forbidden("Only the raising unit " + raisedByUnitCode + " or the street " + streetCode
                    + " may complain about this request.");
        }
        CoordinationRules.requireDepartments(List.of(department), directory);
        OffsetDateTime at = timeOrNow(command.complainedAt());
        requireNotBefore(at, "The complaint", raisedAt, "the request raised at");
        apply(new BuckPassingComplaintRecorded(requestId, requestId + "-complaint-" + (complaints + 1), department,
                                               complainant, command.description().strip(), at));
    }

    private void requireOpen(String what) {
        if (resolvedAt != null) {
            throw new RuleViolation("Request " + requestId + " was solved at " + resolvedAt + " and cannot " + what
                    + ".");
        }
    }

    @EventSourcingHandler
    void on(CoordinationRequestRaised event) {
        this.requestId = event.requestId();
        this.raisedByUnitCode = event.raisedByUnitCode();
        this.streetCode = event.streetCode();
        this.raisedAt = event.raisedAt();
    }

    @EventSourcingHandler
    void on(CoordinationRequestRouted event) {
        this.leadDepartmentCode = event.leadDepartmentCode();
        routedDepartments.add(event.leadDepartmentCode());
        routedDepartments.addAll(event.cooperatingDepartmentCodes());
    }

    @EventSourcingHandler
    void on(DepartmentReportedForDuty event) {
        arrivals.put(event.departmentCode(), event.arrivedAt());
    }

    @EventSourcingHandler
    void on(RemedyPlanPublished event) {
        this.latestPlanAt = event.publishedAt();
    }

    @EventSourcingHandler
    void on(CoordinationRequestResolved event) {
        this.resolvedAt = event.resolvedAt();
    }

    @EventSourcingHandler
    void on(CoordinationRequestRated event) {
        this.rated = true;
    }

    @EventSourcingHandler
    void on(BuckPassingComplaintRecorded event) {
        complaints++;
    }
}
