package io.jianfu.command.inspection;

import io.jianfu.command.common.Forbidden;
import io.jianfu.events.inspection.InspectionRulesChanged;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jianfu.command.common.CommandTestSupport.admin;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.staffOf;

/** ADMIN keeps the emergency categories and consolidation limits as events. */
class InspectionRulebookTest {
    private final AggregateTestFixture<InspectionRulebook> fixture = new AggregateTestFixture<>(InspectionRulebook.class);

    @Test
    void adminChangesTheRules() {
        fixture.givenNoPriorActivity()
               .when(new ChangeInspectionRules(InspectionRulebook.ID, List.of(" 安全生产 ", "自然灾害防治", "安全生产", "疫情防控"),
                                               3, 7), admin())
               .expectEvents(new InspectionRulesChanged(List.of("安全生产", "自然灾害防治", "疫情防控"), 3, 7));
    }

    @Test
    void onlyAdminAndOnlySensibleLimits() {
        fixture.givenNoPriorActivity()
               .when(new ChangeInspectionRules(InspectionRulebook.ID, List.of("安全生产"), 3, 7), staffOf("u"))
               .expectException(Forbidden.class).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new ChangeInspectionRules(InspectionRulebook.ID, List.of("安全生产"), 1, 7), admin())
               .expectException(invalidField("maxGroupSize", "must be between 2 and 20")).expectNoEvents();
    }
}
