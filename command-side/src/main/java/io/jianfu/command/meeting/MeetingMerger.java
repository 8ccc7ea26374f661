package io.jianfu.command.meeting;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.AlreadyExists;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.meeting.MeetingScheduled;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Handles {@link MergeMeetings}: in one unit of work, so all or nothing, it cancels every source meeting with the
 * reason MERGED_INTO and then schedules the merged meeting, which records its sources.
 */
@Component
public class MeetingMerger {
    static final String TITLE_JOINER = "暨";

    private final Repository<Meeting> meetings;
    private final DirectoryLookup directory;

    public MeetingMerger(Repository<Meeting> meetings, DirectoryLookup directory) {
        this.meetings = meetings;
        this.directory = directory;
    }

    @CommandHandler
    public String handle(MergeMeetings command, MetaData metaData) throws Exception {
        List<String> sourceIds = command.sourceMeetingIds();
        Check.fields()
             .that(Ids.isWellFormed(command.mergedMeetingId()), "id", "must be 1 to 64 letters, digits, '.', '-' or '_'")
             .that(sourceIds != null && sourceIds.size() >= 2, "sourceMeetingIds", "must name at least two meetings")
             .that(sourceIds == null || sourceIds.stream().allMatch(Ids::isWellFormed), "sourceMeetingIds",
                   "must hold only meeting ids")
             .that(sourceIds == null || Set.copyOf(sourceIds.stream().filter(Objects::nonNull).toList()).size()
                           == sourceIds.size(), "sourceMeetingIds", "must name each meeting once")
             .that((command.start() == null) == (command.end() == null), "end", "start and end go together")
             .orThrow();
        requireUnused(command.mergedMeetingId());
        Actor actor = Actor.from(metaData);
        List<MeetingScheduled> sources = new ArrayList<>();
        for (String sourceId : sourceIds) {
            sources.add(load(sourceId).invoke(Meeting::scheduled));
        }
        Set<String> organisers = sources.stream().map(MeetingScheduled::organizerUnitCode)
                                        .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (organisers.size() > 1) {
            throw new RuleViolation("Only meetings of one organiser can be merged; these belong to " + organisers
                                            + ".");
        }
        for (String sourceId : sourceIds) {
            load(sourceId).execute(meeting -> meeting.cancelAsMerged(command.mergedMeetingId(), actor));
        }
        ScheduleMeeting merged = mergedMeeting(command, sources);
        meetings.newInstance(() -> new Meeting(merged, actor, directory, sourceIds));
        return command.mergedMeetingId();
    }

    /** A repeated merge must meet the taken id before it meets its already-cancelled sources. */
    private void requireUnused(String mergedMeetingId) throws Exception {
        try {
            meetings.load(mergedMeetingId);
        } catch (AggregateNotFoundException free) {
            return;
        }
        throw new AlreadyExists(mergedMeetingId, "Meeting id " + mergedMeetingId + " is already taken.");
    }

    private Aggregate<Meeting> load(String meetingId) {
        try {
            return meetings.load(meetingId);
        } catch (AggregateNotFoundException missing) {
            throw new RuleViolation("There is no meeting " + meetingId + " to merge.");
        }
    }

    private static ScheduleMeeting mergedMeeting(MergeMeetings command, List<MeetingScheduled> sources) {
        MeetingScheduled earliest = sources.stream()
                                           .min(Comparator.comparing(MeetingScheduled::start)
                                                          .thenComparing(MeetingScheduled::meetingId))
                                           .orElseThrow();
        String title = command.title() != null ? command.title()
                : sources.stream().map(MeetingScheduled::title).collect(Collectors.joining(TITLE_JOINER));
        String agenda = command.agenda() != null ? command.agenda()
                : sources.stream().map(MeetingScheduled::agenda).filter(a -> !a.isBlank())
                         .collect(Collectors.joining("\n"));
        List<String> attendees = command.attendeeIds() != null ? command.attendeeIds()
                : List.copyOf(sources.stream().flatMap(s -> s.attendeeIds().stream())
                                     .collect(Collectors.toCollection(LinkedHashSet::new)));
        return new ScheduleMeeting(command.mergedMeetingId(), earliest.organizerUnitCode(), title, agenda,
                                   command.kind() != null ? command.kind() : earliest.kind(),
                                   command.start() != null ? command.start() : earliest.start(),
                                   command.end() != null ? command.end() : earliest.end(),
                                   command.venue() != null ? command.venue() : earliest.venue(), attendees);
    }
}
