package io.jianfu.command.inspection;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.Check;
import io.jianfu.events.inspection.InspectionRulesChanged;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashSet;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The inspection rules ADMIN keeps, like the meeting rulebook: emergency categories (安全生产, 自然灾害防治 …) and the
 * consolidation limits. One rulebook; each change is an event. Until the first change {@link InspectionRules#DEFAULT}
 * holds.
 */
@Aggregate
public class InspectionRulebook {
    public static final String ID = "inspection-rulebook";

    @AggregateIdentifier
    private String rulebookId;
    private InspectionRules rules = InspectionRules.DEFAULT;

    protected InspectionRulebook() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChangeInspectionRules command, MetaData metaData) {
        List<String> categories = command.emergencyCategories();
        Check.fields()
             .required("emergencyCategories", categories)
             .that(categories == null || categories.stream().allMatch(
                     c -> c != null && !c.isBlank() && c.strip().length() <= 20),
                   "emergencyCategories", "must each be 1 to 20 characters")
             .required("maxGroupSize", command.maxGroupSize())
             .between("maxGroupSize", command.maxGroupSize(), 2, 20)
             .required("sameFunctionMaxDaysApart", command.sameFunctionMaxDaysApart())
             .between("sameFunctionMaxDaysApart", command.sameFunctionMaxDaysApart(), 0, 31)
             .orThrow();
        Actor.from(metaData).requireAdmin("change the inspection rules");
        apply(new InspectionRulesChanged(List.copyOf(new LinkedHashSet<>(categories.stream().map(String::strip)
                                                                                   .toList())),
                                         command.maxGroupSize(), command.sameFunctionMaxDaysApart()));
    }

    InspectionRules rules() {
        return rules;
    }

    @EventSourcingHandler
    void on(InspectionRulesChanged event) {
        rulebookId = ID;
        rules = new InspectionRules(event.emergencyCategories(), event.maxGroupSize(),
                                    event.sameFunctionMaxDaysApart());
    }
}
