package io.jianfu.command.meeting;

import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.Roles;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.meeting.MeetingTaskCompleted;
import io.jianfu.events.meeting.MeetingTaskProgressReported;
import io.jianfu.events.meeting.MeetingTaskSigned;
import io.jianfu.events.meeting.TaskOverdue;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.jianfu.command.common.CommandTestSupport.actor;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.invalidFields;
import static io.jianfu.command.common.CommandTestSupport.staffOf;
import static io.jianfu.command.meeting.TaskFixture.ASSIGNED;
import static io.jianfu.command.meeting.TaskFixture.ASSIGNEE;
import static io.jianfu.command.meeting.TaskFixture.DEADLINE;
import static io.jianfu.command.meeting.TaskFixture.ORGANISER;
import static io.jianfu.command.meeting.TaskFixture.OTHER_UNIT;
import static io.jianfu.command.meeting.TaskFixture.TASK;

/** SignForTask, ReportTaskProgress, CompleteTask: the assignee unit's staff, in that order, until it is done. */
class MeetingTaskLifecycleTest {
    private static final MeetingTaskSigned SIGNED = new MeetingTaskSigned(TASK, ASSIGNEE);
    private static final MeetingTaskCompleted COMPLETED = new MeetingTaskCompleted(TASK, ASSIGNEE, "已完成");

    private final TaskFixture tasks = new TaskFixture();

    @Test
    void assigneeStaffSignForATask() {
        tasks.fixture.given(ASSIGNED)
                     .when(new SignForTask(TASK), staffOf(ASSIGNEE))
                     .expectSuccessfulHandlerExecution()
                     .expectEvents(SIGNED);
    }

    @Test
    void organiserStaffMayNotSignForTheAssignee() {
        tasks.fixture.given(ASSIGNED)
                     .when(new SignForTask(TASK), staffOf(ORGANISER))
                     .expectException(Forbidden.class)
                     .expectExceptionMessage("You act for unit " + ORGANISER + " and may not sign for this task for"
                                                     + " unit " + ASSIGNEE + ".")
                     .expectNoEvents();
    }

    @Test
    void onlyStaffMaySign() {
        tasks.fixture.given(ASSIGNED)
                     .when(new SignForTask(TASK), actor("jiwei", ASSIGNEE, Roles.DISCIPLINE))
                     .expectException(Forbidden.class)
                     .expectExceptionMessage("Only STAFF of unit " + ASSIGNEE + " may sign for this task.")
                     .expectNoEvents();
    }

    @Test
    void aTaskIsSignedForOnce() {
        tasks.fixture.given(ASSIGNED, SIGNED)
                     .when(new SignForTask(TASK), staffOf(ASSIGNEE))
                     .expectException(RuleViolation.class)
                     .expectExceptionMessage("Task t-1 is already signed for.")
                     .expectNoEvents();
    }

    @Test
    void anOverdueTaskCanStillBeSignedAndCompleted() {
        tasks.fixture.given(ASSIGNED, new TaskOverdue(TASK, ORGANISER, ASSIGNEE, DEADLINE))
                     .andGivenCommands(TaskFixture.as(new SignForTask(TASK), staffOf(ASSIGNEE)))
                     .when(new CompleteTask(TASK, " 延期完成 "), staffOf(ASSIGNEE))
                     .expectEvents(new MeetingTaskCompleted(TASK, ASSIGNEE, "延期完成"));
    }

    @Test
    void assigneeStaffReportProgressWithStrippedText() {
        tasks.fixture.given(ASSIGNED, SIGNED)
                     .when(new ReportTaskProgress(TASK, " 已排查12处 ", 40), staffOf(ASSIGNEE))
                     .expectEvents(new MeetingTaskProgressReported(TASK, ASSIGNEE, "已排查12处", 40));
    }

    @Test
    void progressNeedsTextAndPercent() {
        tasks.fixture.given(ASSIGNED, SIGNED)
                     .when(new ReportTaskProgress(TASK, " ", null), staffOf(ASSIGNEE))
                     .expectException(invalidFields(Map.of("text", "is required", "percent", "is required")))
                     .expectNoEvents();
    }

    @Test
    void percentIsBetweenZeroAndOneHundred() {
        tasks.fixture.given(ASSIGNED, SIGNED)
                     .when(new ReportTaskProgress(TASK, "超额", 101), staffOf(ASSIGNEE))
                     .expectException(invalidField("percent", "must be between 0 and 100"))
                     .expectNoEvents();
        tasks.fixture.given(ASSIGNED, SIGNED)
                     .when(new ReportTaskProgress(TASK, "倒退", -1), staffOf(ASSIGNEE))
                     .expectException(invalidField("percent", "must be between 0 and 100"))
                     .expectNoEvents();
    }

    @Test
    void progressTextLongerThanTwoThousandCharactersIsRefused() {
        tasks.fixture.given(ASSIGNED, SIGNED)
                     .when(new ReportTaskProgress(TASK, "进".repeat(2_001), 50), staffOf(ASSIGNEE))
                     .expectException(invalidField("text", "must be at most 2000 characters"))
                     .expectNoEvents();
    }

    @Test
    void progressIsReportedOnlyAfterSigning() {
        tasks.fixture.given(ASSIGNED)
                     .when(new ReportTaskProgress(TASK, "已启动", 10), staffOf(ASSIGNEE))
                     .expectException(RuleViolation.class)
                     .expectExceptionMessage("Sign for task t-1 before reporting progress.")
                     .expectNoEvents();
    }

    @Test
    void staffOfAnotherUnitMayNotReportProgress() {
        tasks.fixture.given(ASSIGNED, SIGNED)
                     .when(new ReportTaskProgress(TASK, "代报", 10), staffOf(OTHER_UNIT))
                     .expectException(Forbidden.class)
                     .expectNoEvents();
    }

    @Test
    void assigneeStaffCompleteASignedTask() {
        tasks.fixture.given(ASSIGNED, SIGNED)
                     .when(new CompleteTask(TASK, " 已完成 "), staffOf(ASSIGNEE))
                     .expectEvents(COMPLETED);
    }

    @Test
    void completionWithoutSummaryRecordsAnEmptyOne() {
        tasks.fixture.given(ASSIGNED, SIGNED)
                     .when(new CompleteTask(TASK, null), staffOf(ASSIGNEE))
                     .expectEvents(new MeetingTaskCompleted(TASK, ASSIGNEE, ""));
    }

    @Test
    void summaryLongerThanTwoThousandCharactersIsRefused() {
        tasks.fixture.given(ASSIGNED, SIGNED)
                     .when(new CompleteTask(TASK, "结".repeat(2_001)), staffOf(ASSIGNEE))
                     .expectException(invalidField("summary", "must be at most 2000 characters"))
                     .expectNoEvents();
    }

    @Test
    void aTaskIsCompletedOnlyAfterSigning() {
        tasks.fixture.given(ASSIGNED)
                     .when(new CompleteTask(TASK, "跳过签收"), staffOf(ASSIGNEE))
                     .expectException(RuleViolation.class)
                     .expectExceptionMessage("Sign for task t-1 before completing it.")
                     .expectNoEvents();
    }

    @Test
    void staffOfAnotherUnitMayNotComplete() {
        tasks.fixture.given(ASSIGNED, SIGNED)
                     .when(new CompleteTask(TASK, "代办"), staffOf(ORGANISER))
                     .expectException(Forbidden.class)
                     .expectNoEvents();
    }

    @Test
    void aCompletedTaskTakesNoFurtherCommands() {
        tasks.fixture.given(ASSIGNED, SIGNED, COMPLETED)
                     .when(new CompleteTask(TASK, "再次"), staffOf(ASSIGNEE))
                     .expectException(RuleViolation.class)
                     .expectExceptionMessage("Task t-1 is already completed and cannot be completed.")
                     .expectNoEvents();
        tasks.fixture.given(ASSIGNED, SIGNED, COMPLETED)
                     .when(new ReportTaskProgress(TASK, "补报", 100), staffOf(ASSIGNEE))
                     .expectException(RuleViolation.class)
                     .expectExceptionMessage("Task t-1 is already completed and cannot be reported on.")
                     .expectNoEvents();
        tasks.fixture.given(ASSIGNED, COMPLETED)
                     .when(new SignForTask(TASK), staffOf(ASSIGNEE))
                     .expectException(RuleViolation.class)
                     .expectExceptionMessage("Task t-1 is already completed and cannot be signed for.")
                     .expectNoEvents();
    }
}
