package io.jianfu.command.inspection;

import io.jianfu.command.common.Check;
import io.jianfu.command.common.Roles;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.inspection.InspectionBasis;
import io.jianfu.events.inspection.InspectionEnteredMonth;
import io.jianfu.events.inspection.InspectionLeftMonth;
import io.jianfu.events.inspection.InspectionRequested;
import io.jianfu.events.inspection.JointInspection;
import io.jianfu.events.inspection.MonthlyInspectionListPublished;
import io.jianfu.events.inspection.MonthlyInspectionsConsolidated;
import io.jianfu.events.inspection.PublishedInspection;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A month's register of cleared inspections (id {@code inspections-yyyy-MM}): what may be carried out in the month,
 * its consolidation into joint inspections, and its publication with a verification code per line (一事一码). Once
 * published, nothing but emergency inspections enters (they get their code at once), and it is not consolidated
 * again.
 */
@Aggregate
public class InspectionMonth {
    @AggregateIdentifier
    private String monthId;
    private final Map<String, InspectionEnteredMonth> entries = new LinkedHashMap<>();
    private List<JointInspection> groups = List.of();
    private int consolidations;
    private boolean consolidationCurrent = true;
    private boolean published;
    private final Set<String> codes = new HashSet<>();

    protected InspectionMonth() {
    }

    /** Enters a cleared inspection; {@code planAllowance} is its master-list item's inspections per month. */
    void enter(InspectionRequested request, int planAllowance, VerificationCodes verificationCodes) {
        YearMonth month = YearMonth.from(request.windowStart());
        if (published && request.basis() != InspectionBasis.EMERGENCY) {
            throw new RuleViolation("The inspection list of " + month + " is published; only emergency inspections"
                    + " may still be cleared for it.");
        }
        List<String> flags = request.basis() == InspectionBasis.PLAN ? splitFlags(request, planAllowance) : List.of();
        apply(new InspectionEnteredMonth(InspectionMonths.idOf(month), month.toString(), request.inspectionId(),
                                         request.departmentCode(), request.title(), request.function(),
                                         request.targetUnitCodes(), request.windowStart(), request.windowEnd(),
                                         request.basis(), request.planItemId(), flags,
                                         published ? uniqueCode(verificationCodes) : null));
    }

    /** Takes a halted inspection off the register while the list is not yet published. */
    void leave(String inspectionId) {
        if (entries.containsKey(inspectionId) && !published) {
            apply(new InspectionLeftMonth(monthId, inspectionId));
        }
    }

    boolean isPublished() {
        return published;
    }

    /** The departments of the joint inspection (current consolidation) an inspection belongs to; none if ungrouped. */
    List<String> jointDepartmentsOf(String inspectionId) {
        return groups.stream().filter(group -> group.inspectionIds().contains(inspectionId))
                     .findFirst().map(JointInspection::departmentCodes).orElse(List.of());
    }

    boolean isOnPublishedList(String inspectionId) {
        return published && entries.containsKey(inspectionId);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ConsolidateMonthlyInspections command, MetaData metaData, CurrentInspectionRules rules) {
        YearMonth month = checkedMonth(command.monthId(), command.month());
        InspectionChecks.requireRole(metaData, Roles.SUPERVISION_OFFICE, "consolidate monthly inspections");
        if (monthId == null) {
            throw new RuleViolation("No inspection is cleared for " + month + "; there is nothing to consolidate.");
        }
        if (published) {
            throw new RuleViolation("The inspection list of " + month + " is published and cannot be consolidated"
                    + " again.");
        }
        InspectionRules current = rules.current();
        List<InspectionGrouper.Candidate> candidates = entries.values().stream()
                .filter(entry -> entry.basis() == InspectionBasis.SINGLE)
                .map(e -> new InspectionGrouper.Candidate(e.inspectionId(), e.departmentCode(), e.title(),
                                                          e.function(), e.targetUnitCodes(), e.windowStart(),
                                                          e.windowEnd()))
                .toList();
        List<JointInspection> joint = new InspectionGrouper(current.maxGroupSize(), current.sameFunctionMaxDaysApart())
                .group("joint-" + month + "-r" + (consolidations + 1), candidates);
        apply(new MonthlyInspectionsConsolidated(monthId, month.toString(), joint));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PublishMonthlyInspectionList command, MetaData metaData, VerificationCodes verificationCodes) {
        YearMonth month = checkedMonth(command.monthId(), command.month());
        InspectionChecks.requireRole(metaData, Roles.SUPERVISION_OFFICE, "publish the monthly inspection list");
        if (published) {
            throw new RuleViolation("The inspection list of " + month + " is already published.");
        }
        if (!consolidationCurrent) {
            throw new RuleViolation("一事一报 inspections of " + month + " changed since the last consolidation;"
                    + " consolidate the month again before publishing.");
        }
        List<PublishedInspection> lines = new ArrayList<>();
        Set<String> grouped = new HashSet<>();
        for (JointInspection group : groups) {
            lines.add(new PublishedInspection(uniqueCode(verificationCodes), group.jointId(), group.inspectionIds()));
            grouped.addAll(group.inspectionIds());
        }
        entries.keySet().stream().filter(id -> !grouped.contains(id))
               .forEach(id -> lines.add(new PublishedInspection(uniqueCode(verificationCodes), null, List.of(id))));
        apply(new MonthlyInspectionListPublished(command.monthId(), month.toString(), lines));
    }

    /**
     * The signs that one planned item is split into several requests: more PLAN inspections of the item this month
     * than it provides for, or a target the item already inspects this month.
     */
    private List<String> splitFlags(InspectionRequested request, int allowance) {
        List<InspectionEnteredMonth> earlier = entries.values().stream()
                .filter(e -> e.basis() == InspectionBasis.PLAN && request.planItemId().equals(e.planItemId()))
                .toList();
        List<String> flags = new ArrayList<>();
        if (earlier.size() + 1 > allowance) {
            flags.add("SPLIT_PLAN: 计划事项 " + request.planItemId() + " 本月第 " + (earlier.size() + 1)
                              + " 次检查，计划每月 " + allowance + " 次");
        }
        for (String target : request.targetUnitCodes()) {
            earlier.stream().filter(e -> e.targetUnitCodes().contains(target)).findFirst().ifPresent(
                    e -> flags.add("REPEATED_TARGET: 检查对象 " + target + " 本月已由计划事项 "
                                           + request.planItemId() + " 检查 (" + e.inspectionId() + ")"));
        }
        return flags;
    }

    private String uniqueCode(VerificationCodes verificationCodes) {
        String code;
        do {
            code = verificationCodes.next();
        } while (!codes.add(code));
        return code;
    }

    private static YearMonth checkedMonth(String monthId, String month) {
        YearMonth parsed = InspectionMonths.parse(month);
        Check.fields().that(InspectionMonths.idOf(parsed).equals(monthId), "month", "does not match the register")
             .orThrow();
        return parsed;
    }

    @EventSourcingHandler
    void on(InspectionEnteredMonth event) {
        monthId = event.monthId();
        entries.put(event.inspectionId(), event);
        if (event.basis() == InspectionBasis.SINGLE) {
            consolidationCurrent = false;
        }
        if (event.verificationCode() != null) {
            codes.add(event.verificationCode());
        }
    }

    @EventSourcingHandler
    void on(InspectionLeftMonth event) {
        InspectionEnteredMonth left = entries.remove(event.inspectionId());
        if (left != null && left.basis() == InspectionBasis.SINGLE) {
            consolidationCurrent = false;
        }
    }

    @EventSourcingHandler
    void on(MonthlyInspectionsConsolidated event) {
        monthId = event.monthId();
        groups = event.groups();
        consolidations++;
        consolidationCurrent = true;
    }

    @EventSourcingHandler
    void on(MonthlyInspectionListPublished event) {
        monthId = event.monthId();
        published = true;
        event.entries().forEach(line -> codes.add(line.verificationCode()));
    }
}
