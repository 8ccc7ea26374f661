package io.jianfu.command.meeting;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.meeting.MeetingTaskAssigned;
import io.jianfu.events.meeting.MeetingTaskCompleted;
import io.jianfu.events.meeting.MeetingTaskProgressReported;
import io.jianfu.events.meeting.MeetingTaskSigned;
import io.jianfu.events.meeting.TaskDueSoonReminderSent;
import io.jianfu.events.meeting.TaskOverdue;
import io.jianfu.events.meeting.TaskSignatureReminderSent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.OffsetDateTime;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 任务督办: a task a meeting's organiser assigned to a unit, followed until it is done. The assignee unit's staff sign
 * for it, report progress and complete it. Three deadlines remind: unsigned after a while, due soon, overdue; each
 * reminder is an event, each applies at most once, and a deadline that is no longer relevant is cancelled (signing
 * cancels the signature reminder, completion all of them). Created by {@link MeetingTaskAssigner}.
 */
@Aggregate
public class MeetingTask {
    static final String SIGNATURE_REMINDER = "meeting-task-signature-reminder";
    static final String DUE_SOON_REMINDER = "meeting-task-due-soon-reminder";
    static final String OVERDUE = "meeting-task-overdue";
    static final int LONGEST_TEXT = 2_000;

    @AggregateIdentifier
    private String taskId;
    private String organizerUnitCode;
    private String assigneeUnitCode;
    private OffsetDateTime deadline;
    private boolean signed;
    private boolean completed;
    private boolean signatureReminded;
    private boolean dueSoonReminded;
    private boolean overdue;

    /**
     * Applies the assignment and schedules the reminders. The caller has checked the fields, the actor and the
     * meeting; the deadline lies in the future.
     */
    MeetingTask(AssignMeetingTask command, String organizerUnitCode, DeadlineManager deadlines,
                TaskReminderPolicy policy) {
        apply(new MeetingTaskAssigned(command.taskId(), command.meetingId(), organizerUnitCode,
                                      command.assigneeUnitCode(), command.description().strip(),
                                      command.deadline()));
        Instant now = GenericEventMessage.clock.instant();
        Instant due = command.deadline().toInstant();
        if (now.plus(policy.signatureReminderAfter()).isBefore(due)) {
            deadlines.schedule(policy.signatureReminderAfter(), SIGNATURE_REMINDER);
        }
        Instant dueSoon = due.minus(policy.dueSoonWithin());
        if (dueSoon.isAfter(now)) {
            deadlines.schedule(dueSoon, DUE_SOON_REMINDER);
        }
        deadlines.schedule(due, OVERDUE);
    }

    protected MeetingTask() {
    }

    @CommandHandler
    public void handle(SignForTask command, MetaData metaData, DeadlineManager deadlines) {
        Actor.from(metaData).requireActsFor(assigneeUnitCode, "sign for this task");
        requireOpen("signed for");
        if (signed) {
            throw new RuleViolation("Task " + taskId + " is already signed for.");
        }
        apply(new MeetingTaskSigned(taskId, assigneeUnitCode));
        deadlines.cancelAllWithinScope(SIGNATURE_REMINDER);
    }

    @CommandHandler
    public void handle(ReportTaskProgress command, MetaData metaData) {
        Check.fields()
             .required("text", command.text())
             .maxLength("text", command.text(), LONGEST_TEXT)
             .required("percent", command.percent())
             .between("percent", command.percent(), 0, 100)
             .orThrow();
        Actor.from(metaData).requireActsFor(assigneeUnitCode, "report progress on this task");
        requireOpen("reported on");
        requireSigned("reporting progress");
        apply(new MeetingTaskProgressReported(taskId, assigneeUnitCode, command.text().strip(), command.percent()));
    }

    @CommandHandler
    public void handle(CompleteTask command, MetaData metaData, DeadlineManager deadlines) {
        Check.fields().maxLength("summary", command.summary(), LONGEST_TEXT).orThrow();
        Actor.from(metaData).requireActsFor(assigneeUnitCode, "complete this task");
        requireOpen("completed");
        requireSigned("completing it");
        apply(new MeetingTaskCompleted(taskId, assigneeUnitCode,
                                       command.summary() == null ? "" : command.summary().strip()));
        deadlines.cancelAllWithinScope(SIGNATURE_REMINDER);
        deadlines.cancelAllWithinScope(DUE_SOON_REMINDER);
        deadlines.cancelAllWithinScope(OVERDUE);
    }

    /** Unsigned after the configured time: remind once. A deadline that fires late or twice changes nothing. */
    @DeadlineHandler(deadlineName = SIGNATURE_REMINDER)
    void remindToSign() {
        if (!signed && !completed && !signatureReminded) {
            apply(new TaskSignatureReminderSent(taskId, organizerUnitCode, assigneeUnitCode));
        }
    }

    @DeadlineHandler(deadlineName = DUE_SOON_REMINDER)
    void remindDueSoon() {
        if (!completed && !overdue && !dueSoonReminded) {
            apply(new TaskDueSoonReminderSent(taskId, organizerUnitCode, assigneeUnitCode, deadline));
        }
    }

    @DeadlineHandler(deadlineName = OVERDUE)
    void markOverdue() {
        if (!completed && !overdue) {
            apply(new TaskOverdue(taskId, organizerUnitCode, assigneeUnitCode, deadline));
        }
    }

    private void requireOpen(String what) {
        if (completed) {
            throw new RuleViolation("Task " + taskId + " is already completed and cannot be " + what + ".");
        }
    }

    private void requireSigned(String what) {
        if (!signed) {
            throw new RuleViolation("Sign for task " + taskId + " before " + what + ".");
        }
    }

    @EventSourcingHandler
    void on(MeetingTaskAssigned event) {
        this.taskId = event.taskId();
        this.organizerUnitCode = event.organizerUnitCode();
        this.assigneeUnitCode = event.assigneeUnitCode();
        this.deadline = event.deadline();
    }

    @EventSourcingHandler
    void on(MeetingTaskSigned event) {
        this.signed = true;
    }

    @EventSourcingHandler
    void on(MeetingTaskCompleted event) {
        this.completed = true;
    }

    @EventSourcingHandler
    void on(TaskSignatureReminderSent event) {
        this.signatureReminded = true;
    }

    @EventSourcingHandler
    void on(TaskDueSoonReminderSent event) {
        this.dueSoonReminded = true;
    }

    @EventSourcingHandler
    void on(TaskOverdue event) {
        this.overdue = true;
    }
}
