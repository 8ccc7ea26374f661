package io.jianfu.command.meeting;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.AlreadyExists;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.meeting.MeetingScheduled;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Handles {@link AssignMeetingTask}: loads the meeting to learn its organiser, lets only the organiser's STAFF assign,
 * requires a registered assignee unit and a deadline still to come, then creates the {@link MeetingTask}.
 */
@Component
public class MeetingTaskAssigner {
    private final Repository<MeetingTask> tasks;
    private final Repository<Meeting> meetings;
    private final DirectoryLookup directory;
    private final TaskReminderPolicy policy;

    public MeetingTaskAssigner(Repository<MeetingTask> tasks, Repository<Meeting> meetings, DirectoryLookup directory,
                               TaskReminderPolicy policy) {
        this.tasks = tasks;
        this.meetings = meetings;
        this.directory = directory;
        this.policy = policy;
    }

    @CommandHandler
    public String handle(AssignMeetingTask command, MetaData metaData, DeadlineManager deadlines) throws Exception {
        Check.fields()
             .that(Ids.isWellFormed(command.taskId()), "id", "must be 1 to 64 letters, digits, '.', '-' or '_'")
             .required("meetingId", command.meetingId())
             .required("assigneeUnitCode", command.assigneeUnitCode())
             .that(command.assigneeUnitCode() == null || command.assigneeUnitCode().isBlank()
                           || Ids.isWellFormed(command.assigneeUnitCode()), "assigneeUnitCode", "must be a unit code")
             .required("description", command.description())
             .maxLength("description", command.description(), MeetingTask.LONGEST_TEXT)
             .required("deadline", command.deadline())
             .orThrow();
        requireUnused(command.taskId());
        Aggregate<Meeting> loaded = meetings.load(command.meetingId());
        MeetingScheduled meeting = loaded.invoke(Meeting::scheduled);
        Actor.from(metaData).requireActsFor(meeting.organizerUnitCode(), "assign tasks of this meeting");
        if (loaded.invoke(Meeting::isCancelled)) {
            throw new RuleViolation("Meeting " + command.meetingId() + " was cancelled; it gives no tasks.");
        }
        if (!directory.unitExists(command.assigneeUnitCode())) {
            throw new RuleViolation("Assignee unit " + command.assigneeUnitCode() + " is not registered.");
        }
        if (!command.deadline().toInstant().isAfter(GenericEventMessage.clock.instant())) {
            throw new RuleViolation("The deadline " + command.deadline() + " has already passed; give one to come.");
        }
        tasks.newInstance(() -> new MeetingTask(command, meeting.organizerUnitCode(), deadlines, policy));
        return command.taskId();
    }

    /** A repeated assignment meets the taken id before anything else, so the same request is answered with 200. */
    private void requireUnused(String taskId) throws Exception {
        try {
            tasks.load(taskId);
        } catch (AggregateNotFoundException free) {
            return;
        } catch (IncompatibleAggregateException otherKind) {
            throw new AlreadyExists(taskId, "Id " + taskId + " is already taken by something else.");
        }
        throw new AlreadyExists(taskId, "Task id " + taskId + " is already taken.");
    }
}
