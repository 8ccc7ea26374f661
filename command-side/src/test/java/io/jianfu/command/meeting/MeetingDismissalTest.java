package io.jianfu.command.meeting;

import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.InMemoryDirectory;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.meeting.MeetingCancelled;
import io.jianfu.events.meeting.MeetingKind;
import io.jianfu.events.meeting.MeetingScheduled;
import io.jianfu.events.meeting.OverlapWarningDismissed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.staffOf;

/** DismissOverlapWarning: the organiser declines a merge suggestion of a scheduled meeting, with a reason. */
class MeetingDismissalTest {
    private static final String UNIT = "500109001";
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-03-04T09:00:00+08:00");
    private static final MeetingScheduled SCHEDULED =
            new MeetingScheduled("m-2", UNIT, "新兴领域党建部署会", "", MeetingKind.PARTY, START, START.plusHours(2),
                                 "301", List.of("c-1", "c-2"));

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(new InMemoryDirectory().withUnit(UNIT, UnitKind.STREET)
                                                                  .withCadres("c-1", "c-2"));
    }

    @Test
    void theOrganiserDismissesWithAStrippedReason() {
        fixture.given(SCHEDULED)
               .when(new DismissOverlapWarning("m-2", "m-1", " 内容不同 "), staffOf(UNIT))
               .expectEvents(new OverlapWarningDismissed("m-2", "m-1", UNIT, "内容不同"));
    }

    @Test
    void aReasonIsRequiredAndTheOtherMeetingMustBeAnother() {
        fixture.given(SCHEDULED)
               .when(new DismissOverlapWarning("m-2", "m-1", " "), staffOf(UNIT))
               .expectException(invalidField("reason", "is required"))
               .expectNoEvents();
        fixture.given(SCHEDULED)
               .when(new DismissOverlapWarning("m-2", "m-2", "x"), staffOf(UNIT))
               .expectException(invalidField("otherMeetingId", "must name another meeting"))
               .expectNoEvents();
    }

    @Test
    void anotherUnitMayNotDismiss() {
        fixture.given(SCHEDULED)
               .when(new DismissOverlapWarning("m-2", "m-1", "x"), staffOf("500109002"))
               .expectException(Forbidden.class)
               .expectNoEvents();
    }

    @Test
    void aCancelledMeetingHasNothingToDismiss() {
        fixture.given(SCHEDULED, new MeetingCancelled("m-2", UNIT, "改期"))
               .when(new DismissOverlapWarning("m-2", "m-1", "x"), staffOf(UNIT))
               .expectException(RuleViolation.class)
               .expectNoEvents();
    }
}
