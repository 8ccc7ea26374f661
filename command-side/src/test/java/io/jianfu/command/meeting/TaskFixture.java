package io.jianfu.command.meeting;

import io.jianfu.command.directory.InMemoryDirectory;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.meeting.MeetingKind;
import io.jianfu.events.meeting.MeetingScheduled;
import io.jianfu.events.meeting.MeetingTaskAssigned;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.Message;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.jianfu.command.common.CommandTestSupport.staffOf;

/**
 * A {@link MeetingTask} fixture wired like the application: {@link MeetingTaskAssigner} over the fixture's repository
 * and an event-sourced repository holding one meeting of {@link #ORGANISER}. The clock stands at {@link #NOW}; the
 * task {@link #TASK} is due {@link #DEADLINE}, ten days later; reminders follow {@link TaskReminderPolicy#DEFAULT}.
 */
final class TaskFixture {
    static final String ORGANISER = "500109001";
    static final String ASSIGNEE = "500109002";
    static final String OTHER_UNIT = "500109003";
    static final String MEETING = "m-1";
    static final String TASK = "t-1";
    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2026-03-12T18:00:00+08:00");
    static final MeetingScheduled SCHEDULED =
            new MeetingScheduled(MEETING, ORGANISER, "安全生产部署会", "", MeetingKind.WORK,
                                 OffsetDateTime.parse("2026-03-02T09:00:00+08:00"),
                                 OffsetDateTime.parse("2026-03-02T11:00:00+08:00"), "Room 301", List.of("c-1"));
    static final AssignMeetingTask ASSIGN =
            new AssignMeetingTask(TASK, MEETING, ASSIGNEE, "  排查辖区燃气隐患 ", DEADLINE);
    static final MeetingTaskAssigned ASSIGNED =
            new MeetingTaskAssigned(TASK, MEETING, ORGANISER, ASSIGNEE, "排查辖区燃气隐患", DEADLINE);

    final AggregateTestFixture<MeetingTask> fixture = new AggregateTestFixture<>(MeetingTask.class);

    TaskFixture() {
        this(TaskReminderPolicy.DEFAULT);
    }

    TaskFixture(TaskReminderPolicy policy) {
        InMemoryDirectory directory = new InMemoryDirectory().withUnit(ORGANISER, UnitKind.DEPARTMENT)
                                                             .withUnit(ASSIGNEE, UnitKind.STREET)
                                                             .withUnit(OTHER_UNIT, UnitKind.STREET)
                                                             .withCadres("c-1");
        InMemoryMeetings meetings = new InMemoryMeetings(directory).with(SCHEDULED);
        fixture.registerAnnotatedCommandHandler(
                new MeetingTaskAssigner(fixture.getRepository(), meetings.repository(), directory, policy));
    }

    /** The clock at {@link #NOW} and nothing else. */
    TestExecutor<MeetingTask> atNow() {
        return fixture.givenCurrentTime(NOW);
    }

    /** The task assigned through its command at {@link #NOW}, so its reminders are scheduled; then {@code more}. */
    TestExecutor<MeetingTask> assigned(Object... more) {
        TestExecutor<MeetingTask> executor = fixture.givenCurrentTime(NOW)
                                                    .andGivenCommands(List.of(as(ASSIGN, staffOf(ORGANISER))));
        return more.length == 0 ? executor : executor.andGivenCommands(List.of(more));
    }

    /** A command with the metadata of its sender, for the given phase. */
    static Message<?> as(Object command, Map<String, ?> metaData) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
    }

    static Instant after(Duration duration) {
        return NOW.plus(duration);
    }

    /** A scheduled deadline of that name, whenever it is due. */
    static Matcher<DeadlineMessage<?>> deadlineNamed(String name) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DeadlineMessage<?> deadline) {
                return name.equals(deadline.getDeadlineName());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a deadline named ").appendValue(name);
            }
        };
    }
}
