package io.jianfu.command.inspection;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.AlreadyExists;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Roles;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.inspection.InspectionBasis;
import io.jianfu.events.inspection.InspectionRequested;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.List;

import static io.jianfu.command.inspection.InspectionChecks.strip;

/**
 * The commands on an inspection that also read or change other aggregates, each in one unit of work: a request
 * checks its master-list item and the rules and enters the month at once if cleared; an approval enters the month;
 * a refusal or halt first asks the month whether the inspection is on its published list.
 */
@Component
public class InspectionDesk {
    private final Repository<Inspection> inspections;
    private final Repository<InspectionMonth> months;
    private final Repository<InspectionItem> items;
    private final CurrentInspectionRules rules;
    private final VerificationCodes codes;
    private final DirectoryLookup directory;

    public InspectionDesk(Repository<Inspection> inspections, Repository<InspectionMonth> months,
                          Repository<InspectionItem> items, CurrentInspectionRules rules, VerificationCodes codes,
                          DirectoryLookup directory) {
        this.inspections = inspections;
        this.months = months;
        this.items = items;
        this.rules = rules;
        this.codes = codes;
        this.directory = directory;
    }

    @CommandHandler
    public String handle(RequestInspection command, MetaData metaData) throws Exception {
        Check check = InspectionChecks.id(Check.fields(), "id", command.inspectionId())
                                      .required("departmentCode", command.departmentCode());
        InspectionChecks.text(check, "title", command.title(), 200);
        InspectionChecks.text(check, "function", command.function(), 100);
        InspectionChecks.targets(check, command.targetUnitCodes(), true)
                        .required("windowStart", command.windowStart())
                        .required("windowEnd", command.windowEnd());
        if (command.windowStart() != null && command.windowEnd() != null) {
            check.that(!command.windowEnd().isBefore(command.windowStart()), "windowEnd", "must not be before windowStart")
                 .that(YearMonth.from(command.windowStart()).equals(YearMonth.from(command.windowEnd())), "windowEnd",
                       "must lie in the month of windowStart")
                 .that(command.windowStart().getYear() >= 2000 && command.windowStart().getYear() <= 2100,
                       "windowStart", "must lie in the years 2000 to 2100");
        }
        String planItemId = strip(command.planItemId());
        String category = strip(command.emergencyCategory());
        if (planItemId != null) {
            InspectionChecks.id(check, "planItemId", planItemId);
        }
        check.maxLength("emergencyCategory", category, 20)
             .that(planItemId == null || category == null, "emergencyCategory",
                   "name either a master-list item or an emergency category, not both");
        String department = strip(command.departmentCode());
        if (department != null) {
            Actor.from(metaData).requireActsFor(department, "request an inspection");
        }
        check.orThrow();
        requireUnused(command.inspectionId());
        InspectionChecks.requireDepartment(department, directory);
        List<String> targets = InspectionChecks.stripAll(command.targetUnitCodes());
        InspectionChecks.requireUnits(targets, directory);
        InspectionBasis basis = planItemId != null ? InspectionBasis.PLAN
                : category != null ? InspectionBasis.EMERGENCY : InspectionBasis.SINGLE;
        int allowance = 0;
        if (basis == InspectionBasis.PLAN) {
            Aggregate<InspectionItem> item = loadItem(planItemId);
            String problem = item.invoke(i -> i.planProblem(department, command.windowStart(), command.windowEnd(),
                                                             targets, directory));
            if (problem != null) {
                throw new RuleViolation("Not a planned inspection: " + problem + ". Request it without the item"
                        + " for its own approval (一事一报).");
            }
            allowance = item.invoke(InspectionItem::inspectionsPerMonth);
        }
        if (basis == InspectionBasis.EMERGENCY && !rules.current().emergencyCategories().contains(category)) {
            throw new RuleViolation("'" + category + "' is not an emergency category; the categories are "
                    + rules.current().emergencyCategories() + ".");
        }
        InspectionRequested requested = new InspectionRequested(command.inspectionId(), department,
                                                                 command.title().strip(), command.function().strip(),
                                                                 targets, command.windowStart(), command.windowEnd(),
                                                                 basis, planItemId, category);
        if (basis == InspectionBasis.SINGLE) {
            requireUnpublished(command.windowStart());
        }
        inspections.newInstance(() -> new Inspection(requested));
        if (basis != InspectionBasis.SINGLE) {
            int planAllowance = allowance;
            month(command.windowStart()).execute(m -> m.enter(requested, planAllowance, codes));
        }
        return command.inspectionId();
    }

    @CommandHandler
    public void handle(ApproveInspection command, MetaData metaData) throws Exception {
        InspectionChecks.requireRole(metaData, Roles.SUPERVISION_OFFICE, "approve inspection requests");
        Aggregate<Inspection> inspection = inspections.load(command.inspectionId());
        inspection.execute(Inspection::approve);
        InspectionRequested request = inspection.invoke(Inspection::request);
        month(request.windowStart()).execute(m -> m.enter(request, 0, codes));
    }

    @CommandHandler
    public void handle(RefuseInspection command, MetaData metaData) throws Exception {
        Check check = Check.fields().required("unitCode", command.unitCode());
        InspectionChecks.text(check, "reason", command.reason(), 1000);
        String unit = strip(command.unitCode());
        if (unit != null) {
            Actor.from(metaData).requireActsFor(unit, "refuse an inspection");
        }
        check.orThrow();
        Aggregate<Inspection> inspection = inspections.load(command.inspectionId());
        requireNotPublished(inspection, "refused");
        inspection.execute(i -> i.refuse(unit, command.reason().strip()));
    }

    @CommandHandler
    public void handle(HaltInspection command, MetaData metaData) throws Exception {
        InspectionChecks.requireRole(metaData, Roles.DISCIPLINE, "halt inspections");
        Check check = Check.fields();
        InspectionChecks.text(check, "reason", command.reason(), 1000);
        InspectionChecks.text(check, "rectification", command.rectification(), 1000).orThrow();
        Aggregate<Inspection> inspection = inspections.load(command.inspectionId());
        requireNotPublished(inspection, "halted");
        boolean wasCleared = inspection.invoke(Inspection::isCleared);
        inspection.execute(i -> i.halt(command.reason().strip(), command.rectification().strip()));
        if (wasCleared) {
            month(inspection.invoke(Inspection::request).windowStart()).execute(m -> m.leave(command.inspectionId()));
        }
    }

    private void requireNotPublished(Aggregate<Inspection> inspection, String what) throws Exception {
        InspectionRequested request = inspection.invoke(Inspection::request);
        String monthId = InspectionMonths.idOf(request.windowStart());
        try {
            if (months.load(monthId).invoke(m -> m.isOnPublishedList(request.inspectionId()))) {
                throw new RuleViolation("Inspection " + request.inspectionId() + " is on the published list of "
                        + YearMonth.from(request.windowStart()) + " and cannot be " + what + ".");
            }
        } catch (AggregateNotFoundException nothingPublished) {
            // a month without a register has published nothing
        }
    }

    private void requireUnpublished(java.time.LocalDate day) {
        try {
            if (months.load(InspectionMonths.idOf(day)).invoke(InspectionMonth::isPublished)) {
                throw new RuleViolation("The inspection list of " + YearMonth.from(day) + " is published; request"
                        + " 一事一报 inspections for a later month.");
            }
        } catch (AggregateNotFoundException nothingPublished) {
            // a month without a register has published nothing
        }
    }

    private Aggregate<InspectionMonth> month(java.time.LocalDate day) throws Exception {
        return months.loadOrCreate(InspectionMonths.idOf(day), InspectionMonth::new);
    }

    private Aggregate<InspectionItem> loadItem(String itemId) {
        try {
            return items.load(itemId);
        } catch (AggregateNotFoundException missing) {
            throw new RuleViolation("There is no master-list item " + itemId + ".");
        }
    }

    /** A repeated request must meet the taken id before anything else, so the sender can answer it idempotently. */
    private void requireUnused(String inspectionId) {
        try {
            inspections.load(inspectionId);
        } catch (AggregateNotFoundException free) {
            return;
        }
        throw new AlreadyExists(inspectionId, "Inspection id " + inspectionId + " is already taken.");
    }
}
