package io.jianfu.command.meeting;

import io.jianfu.events.meeting.MeetingTaskCompleted;
import io.jianfu.events.meeting.MeetingTaskSigned;
import io.jianfu.events.meeting.TaskDueSoonReminderSent;
import io.jianfu.events.meeting.TaskOverdue;
import io.jianfu.events.meeting.TaskSignatureReminderSent;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.jianfu.command.common.CommandTestSupport.staffOf;
import static io.jianfu.command.meeting.MeetingTask.DUE_SOON_REMINDER;
import static io.jianfu.command.meeting.MeetingTask.OVERDUE;
import static io.jianfu.command.meeting.MeetingTask.SIGNATURE_REMINDER;
import static io.jianfu.command.meeting.TaskFixture.ASSIGNEE;
import static io.jianfu.command.meeting.TaskFixture.DEADLINE;
import static io.jianfu.command.meeting.TaskFixture.ORGANISER;
import static io.jianfu.command.meeting.TaskFixture.TASK;
import static io.jianfu.command.meeting.TaskFixture.as;
import static io.jianfu.command.meeting.TaskFixture.deadlineNamed;

/** The reminders of a task: each an event when its deadline comes, cancelled when it no longer matters. */
class MeetingTaskReminderTest {
    private static final TaskSignatureReminderSent SIGNATURE_REMINDED =
            new TaskSignatureReminderSent(TASK, ORGANISER, ASSIGNEE);
    private static final TaskDueSoonReminderSent DUE_SOON_REMINDED =
            new TaskDueSoonReminderSent(TASK, ORGANISER, ASSIGNEE, DEADLINE);
    private static final TaskOverdue OVERDUE_REPORTED = new TaskOverdue(TASK, ORGANISER, ASSIGNEE, DEADLINE);

    private final TaskFixture tasks = new TaskFixture();

    @Test
    void anUnsignedTaskIsRemindedAfterTwentyFourHours() {
        tasks.assigned()
             .whenTimeElapses(Duration.ofHours(24))
             .expectTriggeredDeadlinesWithName(SIGNATURE_REMINDER)
             .expectEvents(SIGNATURE_REMINDED);
    }

    @Test
    void nothingIsRemindedBeforeItsTime() {
        tasks.assigned()
             .whenTimeElapses(Duration.ofHours(23))
             .expectNoEvents();
    }

    @Test
    void anUnfinishedTaskIsRemindedThreeDaysBeforeItsDeadlineAndIsOverdueAtIt() {
        tasks.assigned()
             .whenTimeAdvancesTo(DEADLINE.toInstant())
             .expectTriggeredDeadlinesWithName(SIGNATURE_REMINDER, DUE_SOON_REMINDER, OVERDUE)
             .expectEvents(SIGNATURE_REMINDED, DUE_SOON_REMINDED, OVERDUE_REPORTED);
    }

    @Test
    void signingCancelsTheSignatureReminderOnly() {
        tasks.assigned()
             .when(new SignForTask(TASK), staffOf(ASSIGNEE))
             .expectEvents(new MeetingTaskSigned(TASK, ASSIGNEE))
             .expectNoScheduledDeadlineMatching(deadlineNamed(SIGNATURE_REMINDER))
             .expectScheduledDeadlineWithName(DEADLINE.toInstant().minus(Duration.ofDays(3)), DUE_SOON_REMINDER)
             .expectScheduledDeadlineWithName(DEADLINE.toInstant(), OVERDUE);
    }

    @Test
    void aSignedTaskIsStillRemindedOfItsDeadline() {
        tasks.assigned(as(new SignForTask(TASK), staffOf(ASSIGNEE)))
             .whenTimeAdvancesTo(DEADLINE.toInstant())
             .expectTriggeredDeadlinesWithName(DUE_SOON_REMINDER, OVERDUE)
             .expectEvents(DUE_SOON_REMINDED, OVERDUE_REPORTED);
    }

    @Test
    void completionCancelsEveryReminder() {
        tasks.assigned(as(new SignForTask(TASK), staffOf(ASSIGNEE)))
             .when(new CompleteTask(TASK, "已完成"), staffOf(ASSIGNEE))
             .expectEvents(new MeetingTaskCompleted(TASK, ASSIGNEE, "已完成"))
             .expectNoScheduledDeadlines();
    }

    @Test
    void aCompletedTaskIsNeverRemindedNorOverdue() {
        tasks.assigned(as(new SignForTask(TASK), staffOf(ASSIGNEE)),
                       as(new CompleteTask(TASK, "提前完成"), staffOf(ASSIGNEE)))
             .whenTimeAdvancesTo(DEADLINE.toInstant().plus(Duration.ofDays(1)))
             .expectNoEvents();
    }

    @Test
    void aDeadlineThatFiresAfterTheTaskMovedOnChangesNothing() {
        // Signed and completed as events, so the deadlines were not cancelled: the handlers must ignore them.
        tasks.assigned()
             .andGiven(new MeetingTaskSigned(TASK, ASSIGNEE), new MeetingTaskCompleted(TASK, ASSIGNEE, ""))
             .whenTimeAdvancesTo(DEADLINE.toInstant())
             .expectTriggeredDeadlinesWithName(SIGNATURE_REMINDER, DUE_SOON_REMINDER, OVERDUE)
             .expectNoEvents();
    }

    @Test
    void eachReminderIsSentAtMostOnce() {
        tasks.assigned()
             .andGiven(SIGNATURE_REMINDED, DUE_SOON_REMINDED, OVERDUE_REPORTED)
             .whenTimeAdvancesTo(DEADLINE.toInstant())
             .expectNoEvents();
    }

    @Test
    void noDueSoonReminderOnceOverdue() {
        tasks.assigned()
             .andGiven(OVERDUE_REPORTED)
             .whenTimeAdvancesTo(DEADLINE.toInstant().minus(Duration.ofDays(1)))
             .expectEvents(SIGNATURE_REMINDED);
    }

    @Test
    void theReminderWindowComesFromThePolicy() {
        new TaskFixture(new TaskReminderPolicy(Duration.ofHours(1), Duration.ofDays(5)))
                .assigned()
                .whenTimeAdvancesTo(DEADLINE.toInstant().minus(Duration.ofDays(5)))
                .expectEvents(SIGNATURE_REMINDED, DUE_SOON_REMINDED);
    }
}
