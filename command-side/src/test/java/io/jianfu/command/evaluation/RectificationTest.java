package io.jianfu.command.evaluation;

import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.InvalidCommand;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.evaluation.EvaluationCampaignClosed;
import io.jianfu.events.evaluation.EvaluationCampaignLaunched;
import io.jianfu.events.evaluation.EvaluationIssue;
import io.jianfu.events.evaluation.RectificationOrdered;
import io.jianfu.events.evaluation.RectificationReported;
import io.jianfu.events.evaluation.RespondentQuota;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.jianfu.command.common.CommandTestSupport.actor;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.staffOf;

/** Ordering a rectification from a closed campaign's findings (责令整改), and the department's report. */
class RectificationTest {
    static final String ORDER = "rc-1";
    static final String CAMPAIGN = "ev-1";
    static final String OPEN_CAMPAIGN = "ev-2";
    static final String DEPT = "500109100";
    static final LocalDate DUE = LocalDate.of(2031, 3, 31);

    private final InMemoryEventStorageEngine campaignEvents = new InMemoryEventStorageEngine();
    private AggregateTestFixture<Rectification> fixture;

    @BeforeEach
    void setUp() {
        store(CAMPAIGN, launched(CAMPAIGN), new EvaluationCampaignClosed(CAMPAIGN, 7));
        store(OPEN_CAMPAIGN, launched(OPEN_CAMPAIGN));
        var campaigns = EventSourcingRepository.builder(EvaluationCampaign.class)
                                               .eventStore(EmbeddedEventStore.builder()
                                                                             .storageEngine(campaignEvents).build())
                                               .build();
        fixture = new AggregateTestFixture<>(Rectification.class);
        fixture.registerAnnotatedCommandHandler(new RectificationOrders(campaigns, fixture.getRepository()));
    }

    private static EvaluationCampaignLaunched launched(String id) {
        return new EvaluationCampaignLaunched(id, "一月评价", LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 31),
                                              List.of(DEPT), List.of(new RespondentQuota("500109001", 5)));
    }

    private void store(String id, Object... payloads) {
        List<DomainEventMessage<?>> stream = new ArrayList<>();
        for (int i = 0; i < payloads.length; i++) {
            stream.add(new GenericDomainEventMessage<>("EvaluationCampaign", id, i, payloads[i]));
        }
        campaignEvents.appendEvents(stream);
    }

    private static Map<String, Object> discipline() {
        return actor("jw", "500109900", "DISCIPLINE");
    }

    private static OrderRectification order(String campaign, String department) {
        return new OrderRectification(ORDER, campaign, department, "督查检查过多", EvaluationIssue.TOO_MANY_INSPECTIONS,
                                      DUE);
    }

    private static RectificationOrdered ordered() {
        return new RectificationOrdered(ORDER, CAMPAIGN, DEPT, "督查检查过多", EvaluationIssue.TOO_MANY_INSPECTIONS, DUE);
    }

    @Test
    void disciplineOrdersAboutADepartmentOfAClosedCampaign() {
        fixture.givenNoPriorActivity().when(order(CAMPAIGN, DEPT), discipline()).expectEvents(ordered());
    }

    @Test
    void onlyDisciplineOrders() {
        fixture.givenNoPriorActivity().when(order(CAMPAIGN, DEPT), staffOf(DEPT)).expectException(Forbidden.class)
               .expectNoEvents();
    }

    @Test
    void anOpenCampaignHasNoFindingsYet() {
        fixture.givenNoPriorActivity().when(order(OPEN_CAMPAIGN, DEPT), discipline())
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void theDepartmentMustHaveBeenEvaluated() {
        fixture.givenNoPriorActivity().when(order(CAMPAIGN, "500109101"), discipline())
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void anUnknownCampaignIsNotFound() {
        fixture.givenNoPriorActivity().when(order("ev-none", DEPT), discipline())
               .expectException(AggregateNotFoundException.class);
    }

    @Test
    void aFindingIsRequired() {
        var command = new OrderRectification(ORDER, CAMPAIGN, DEPT, " ", null, null);
        fixture.givenNoPriorActivity().when(command, discipline())
               .expectException(InvalidCommand.class).expectException(invalidField("finding", "is required"));
    }

    @Test
    void theDepartmentReportsOnce() {
        var report = new ReportRectification(ORDER, " 合并检查 ", LocalDate.of(2031, 3, 20));
        fixture.given(ordered()).when(report, staffOf(DEPT))
               .expectEvents(new RectificationReported(ORDER, DEPT, "合并检查", LocalDate.of(2031, 3, 20)));
        fixture.given(ordered(), new RectificationReported(ORDER, DEPT, "合并检查", LocalDate.of(2031, 3, 20)))
               .when(report, staffOf(DEPT)).expectException(RuleViolation.class);
    }

    @Test
    void onlyTheOrderedDepartmentReports() {
        var report = new ReportRectification(ORDER, "合并检查", LocalDate.of(2031, 3, 20));
        fixture.given(ordered()).when(report, staffOf("500109101")).expectException(Forbidden.class)
               .expectNoEvents();
        fixture.given(ordered()).when(report, discipline()).expectException(Forbidden.class);
    }

    @Test
    void aReportNeedsItsDate() {
        fixture.given(ordered()).when(new ReportRectification(ORDER, "合并检查", null), staffOf(DEPT))
               .expectException(invalidField("rectifiedOn", "is required"));
    }
}
