package io.jianfu.command.meeting;

import io.jianfu.command.common.AlreadyExists;
import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.Roles;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.meeting.MeetingTaskAssigned;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import static io.jianfu.command.common.CommandTestSupport.actor;
import static io.jianfu.command.common.CommandTestSupport.anonymous;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.invalidFields;
import static io.jianfu.command.common.CommandTestSupport.staffOf;
import static io.jianfu.command.meeting.MeetingTask.DUE_SOON_REMINDER;
import static io.jianfu.command.meeting.MeetingTask.OVERDUE;
import static io.jianfu.command.meeting.MeetingTask.SIGNATURE_REMINDER;
import static io.jianfu.command.meeting.TaskFixture.ASSIGN;
import static io.jianfu.command.meeting.TaskFixture.ASSIGNED;
import static io.jianfu.command.meeting.TaskFixture.ASSIGNEE;
import static io.jianfu.command.meeting.TaskFixture.DEADLINE;
import static io.jianfu.command.meeting.TaskFixture.MEETING;
import static io.jianfu.command.meeting.TaskFixture.NOW;
import static io.jianfu.command.meeting.TaskFixture.ORGANISER;
import static io.jianfu.command.meeting.TaskFixture.OTHER_UNIT;
import static io.jianfu.command.meeting.TaskFixture.TASK;
import static io.jianfu.command.meeting.TaskFixture.after;
import static io.jianfu.command.meeting.TaskFixture.deadlineNamed;

/** AssignMeetingTask: only the organiser's staff assign, to a registered unit, with a deadline to come. */
class MeetingTaskAssignmentTest {
    private final TaskFixture tasks = new TaskFixture();

    @Test
    void organiserStaffAssignATaskAndItsThreeRemindersAreScheduled() {
        tasks.atNow()
             .when(ASSIGN, staffOf(ORGANISER))
             .expectSuccessfulHandlerExecution()
             .expectResultMessagePayload(TASK)
             .expectEvents(ASSIGNED)
             .expectScheduledDeadlineWithName(after(Duration.ofHours(24)), SIGNATURE_REMINDER)
             .expectScheduledDeadlineWithName(DEADLINE.toInstant().minus(Duration.ofDays(3)), DUE_SOON_REMINDER)
             .expectScheduledDeadlineWithName(DEADLINE.toInstant(), OVERDUE);
    }

    @Test
    void aDeadlineInsideTheDueSoonWindowSchedulesNoDueSoonReminder() {
        OffsetDateTime inTwoDays = OffsetDateTime.ofInstant(after(Duration.ofDays(2)), DEADLINE.getOffset());
        tasks.atNow()
             .when(new AssignMeetingTask(TASK, MEETING, ASSIGNEE, "当天报送", inTwoDays), staffOf(ORGANISER))
             .expectSuccessfulHandlerExecution()
             .expectScheduledDeadlineWithName(after(Duration.ofHours(24)), SIGNATURE_REMINDER)
             .expectNoScheduledDeadlineMatching(deadlineNamed(DUE_SOON_REMINDER))
             .expectScheduledDeadlineWithName(inTwoDays.toInstant(), OVERDUE);
    }

    @Test
    void aDeadlineBeforeTheSignatureReminderLeavesOnlyTheOverdueDeadline() {
        OffsetDateTime tonight = OffsetDateTime.ofInstant(after(Duration.ofHours(12)), DEADLINE.getOffset());
        tasks.atNow()
             .when(new AssignMeetingTask(TASK, MEETING, ASSIGNEE, "今晚报送", tonight), staffOf(ORGANISER))
             .expectSuccessfulHandlerExecution()
             .expectNoScheduledDeadlineMatching(deadlineNamed(SIGNATURE_REMINDER))
             .expectNoScheduledDeadlineMatching(deadlineNamed(DUE_SOON_REMINDER))
             .expectScheduledDeadlineWithName(tonight.toInstant(), OVERDUE);
    }

    @Test
    void reminderTimesFollowTheConfiguredPolicy() {
        new TaskFixture(new TaskReminderPolicy(Duration.ofHours(2), Duration.ofDays(1)))
                .atNow()
                .when(ASSIGN, staffOf(ORGANISER))
                .expectScheduledDeadlineWithName(after(Duration.ofHours(2)), SIGNATURE_REMINDER)
                .expectScheduledDeadlineWithName(DEADLINE.toInstant().minus(Duration.ofDays(1)), DUE_SOON_REMINDER)
                .expectScheduledDeadlineWithName(DEADLINE.toInstant(), OVERDUE);
    }

    @Test
    void missingFieldsAreReportedTogether() {
        tasks.atNow()
             .when(new AssignMeetingTask(null, MEETING, " ", null, null), staffOf(ORGANISER))
             .expectException(invalidFields(Map.of("id", "must be 1 to 64 letters, digits, '.', '-' or '_'",
                                                   "assigneeUnitCode", "is required",
                                                   "description", "is required",
                                                   "deadline", "is required")))
             .expectNoEvents()
             .expectNoScheduledDeadlines();
    }

    @Test
    void descriptionLongerThanTwoThousandCharactersIsRefused() {
        tasks.atNow()
             .when(new AssignMeetingTask(TASK, MEETING, ASSIGNEE, "任".repeat(2_001), DEADLINE), staffOf(ORGANISER))
             .expectException(invalidField("description", "must be at most 2000 characters"))
             .expectNoEvents();
    }

    @Test
    void malformedAssigneeCodeIsRefused() {
        tasks.atNow()
             .when(new AssignMeetingTask(TASK, MEETING, "5001 09002", "排查", DEADLINE), staffOf(ORGANISER))
             .expectException(invalidField("assigneeUnitCode", "must be a unit code"))
             .expectNoEvents();
    }

    @Test
    void staffOfAnotherUnitMayNotAssign() {
        tasks.atNow()
             .when(ASSIGN, staffOf(ASSIGNEE))
             .expectException(Forbidden.class)
             .expectExceptionMessage("You act for unit " + ASSIGNEE + " and may not assign tasks of this meeting"
                                             + " for unit " + ORGANISER + ".")
             .expectNoEvents()
             .expectNoScheduledDeadlines();
    }

    @Test
    void onlyStaffMayAssign() {
        tasks.atNow()
             .when(ASSIGN, actor("duchaban", ORGANISER, Roles.SUPERVISION_OFFICE))
             .expectException(Forbidden.class)
             .expectExceptionMessage("Only STAFF of unit " + ORGANISER + " may assign tasks of this meeting.")
             .expectNoEvents();
    }

    @Test
    void staffRoleWithoutSignedInUserMayNotAssign() {
        tasks.atNow()
             .when(ASSIGN, anonymous(ORGANISER, Roles.STAFF))
             .expectException(Forbidden.class)
             .expectNoEvents();
    }

    @Test
    void anUnknownMeetingIsNotFound() {
        tasks.atNow()
             .when(new AssignMeetingTask(TASK, "m-404", ASSIGNEE, "排查", DEADLINE), staffOf(ORGANISER))
             .expectException(AggregateNotFoundException.class)
             .expectNoEvents();
    }

    @Test
    void theAssigneeMustBeARegisteredUnit() {
        tasks.atNow()
             .when(new AssignMeetingTask(TASK, MEETING, "500109999", "排查", DEADLINE), staffOf(ORGANISER))
             .expectException(RuleViolation.class)
             .expectExceptionMessage("Assignee unit 500109999 is not registered.")
             .expectNoEvents();
    }

    @Test
    void theDeadlineMustStillBeToCome() {
        OffsetDateTime now = OffsetDateTime.ofInstant(NOW, DEADLINE.getOffset());
        tasks.atNow()
             .when(new AssignMeetingTask(TASK, MEETING, ASSIGNEE, "排查", now), staffOf(ORGANISER))
             .expectException(RuleViolation.class)
             .expectExceptionMessage("The deadline " + now + " has already passed; give one to come.")
             .expectNoEvents()
             .expectNoScheduledDeadlines();
    }

    @Test
    void aTakenTaskIdIsAClash() {
        tasks.fixture.given(ASSIGNED)
                     .when(new AssignMeetingTask(TASK, MEETING, OTHER_UNIT, "另一项任务", DEADLINE), staffOf(ORGANISER))
                     .expectException(AlreadyExists.class)
                     .expectNoEvents();
    }

    @Test
    void theOrganiserMayAssignATaskToItself() {
        tasks.atNow()
             .when(new AssignMeetingTask(TASK, MEETING, ORGANISER, "自查", DEADLINE), staffOf(ORGANISER))
             .expectEvents(new MeetingTaskAssigned(TASK, MEETING, ORGANISER, ORGANISER, "自查", DEADLINE));
    }
}
