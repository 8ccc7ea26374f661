package io.jianfu.command.inspection;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** The rules from the inspection rulebook, or the defaults while ADMIN has set none. */
@Component
public class RulebookInspectionRules implements CurrentInspectionRules {
    private final Repository<InspectionRulebook> rulebooks;

    public RulebookInspectionRules(Repository<InspectionRulebook> rulebooks) {
        this.rulebooks = rulebooks;
    }

    @Override
    public InspectionRules current() {
        try {
            return rulebooks.load(InspectionRulebook.ID).invoke(InspectionRulebook::rules);
        } catch (AggregateNotFoundException notYet) {
            return InspectionRules.DEFAULT;
        }
    }
}
