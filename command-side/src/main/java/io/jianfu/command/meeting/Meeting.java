package io.jianfu.command.meeting;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.meeting.MeetingCancelled;
import io.jianfu.events.meeting.MeetingHeld;
import io.jianfu.events.meeting.MeetingScheduled;
import io.jianfu.events.meeting.MeetingsMerged;
import io.jianfu.events.meeting.OverlapWarningDismissed;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** 会议: a meeting an organiser unit calls, from scheduling until it is held or cancelled. */
@Aggregate
public class Meeting {
    static final Duration LONGEST_MEETING = Duration.ofHours(12);
    static final int MOST_ATTENDEES = 2_000;

    enum Status { SCHEDULED, CANCELLED, HELD }

    @AggregateIdentifier
    private String meetingId;
    private String organizerUnitCode;
    private Status status;
    private MeetingScheduled scheduled;

    @CommandHandler
    public Meeting(ScheduleMeeting command, MetaData metaData, DirectoryLookup directory) {
        schedule(command, Actor.from(metaData), directory);
    }

    /** The merged meeting of {@link MeetingMerger}: scheduled like any other, then marked as the merge. */
    Meeting(ScheduleMeeting command, Actor actor, DirectoryLookup directory, List<String> sourceMeetingIds) {
        schedule(command, actor, directory);
        apply(new MeetingsMerged(command.meetingId(), command.organizerUnitCode(), List.copyOf(sourceMeetingIds)));
    }

    private void schedule(ScheduleMeeting command, Actor actor, DirectoryLookup directory) {
        Check check = Check.fields()
                           .that(Ids.isWellFormed(command.meetingId()), "id",
                                 "must be 1 to 64 letters, digits, '.', '-' or '_'")
                           .that(command.meetingId() == null
                                         || !command.meetingId().startsWith(MeetingPaperwork.ID_PREFIX), "id",
                                 "must not start with " + MeetingPaperwork.ID_PREFIX + ", which names paperwork")
                           .required("organizerUnitCode", command.organizerUnitCode())
                           .required("title", command.title())
                           .maxLength("title", command.title(), 100)
                           .maxLength("agenda", command.agenda(), 4_000)
                           .required("kind", command.kind())
                           .required("venue", command.venue())
                           .maxLength("venue", command.venue(), 200)
                           .notEmpty("attendeeIds", command.attendeeIds());
        checkTimes(check, "start", command.start(), "end", command.end());
        checkCadreList(check, "attendeeIds", command.attendeeIds());
        check.orThrow();
        actor.requireActsFor(command.organizerUnitCode(), "call meetings");
        if (!directory.unitExists(command.organizerUnitCode())) {
            throw new RuleViolation("Organiser unit " + command.organizerUnitCode() + " is not registered.");
        }
        requireRegistered(directory, command.attendeeIds());
        apply(new MeetingScheduled(command.meetingId(), command.organizerUnitCode(), command.title().strip(),
                                   command.agenda() == null ? "" : command.agenda().strip(), command.kind(),
                                   command.start(), command.end(), command.venue().strip(),
                                   List.copyOf(command.attendeeIds())));
    }

    protected Meeting() {
    }

    @CommandHandler
    public void handle(CancelMeeting command, MetaData metaData) {
        Check.fields().required("reason", command.reason()).maxLength("reason", command.reason(), 500).orThrow();
        Actor.from(metaData).requireActsFor(organizerUnitCode, "cancel this meeting");
        requireScheduled("cancelled");
        apply(new MeetingCancelled(meetingId, organizerUnitCode, command.reason().strip()));
    }

    /** Called by {@link MeetingMerger} for each source, in the unit of work that schedules the merged meeting. */
    void cancelAsMerged(String mergedMeetingId, Actor actor) {
        actor.requireActsFor(organizerUnitCode, "merge this meeting");
        requireScheduled("merged");
        apply(new MeetingCancelled(meetingId, organizerUnitCode, MeetingsMerged.cancellationReason(mergedMeetingId)));
    }

    @CommandHandler
    public void handle(DismissOverlapWarning command, MetaData metaData) {
        Check.fields()
             .that(Ids.isWellFormed(command.otherMeetingId()), "otherMeetingId", "must be a meeting id")
             .that(!meetingId.equals(command.otherMeetingId()), "otherMeetingId", "must name another meeting")
             .required("reason", command.reason())
             .maxLength("reason", command.reason(), 500)
             .orThrow();
        Actor.from(metaData).requireActsFor(organizerUnitCode, "dismiss overlap warnings of this meeting");
        requireScheduled("changed");
        apply(new OverlapWarningDismissed(meetingId, command.otherMeetingId(), organizerUnitCode,
                                          command.reason().strip()));
    }

    MeetingScheduled scheduled() {
        return scheduled;
    }

    /** Called off, or merged into another meeting. */
    boolean isCancelled() {
        return status == Status.CANCELLED;
    }

    /** Still to take place: neither cancelled (or merged away) nor recorded as held. */
    boolean isScheduled() {
        return status == Status.SCHEDULED;
    }

    String organizerUnitCode() {
        return organizerUnitCode;
    }

    @CommandHandler
    public void handle(RecordMeetingHeld command, MetaData metaData, DirectoryLookup directory) {
        Check check = Check.fields().notEmpty("attendedIds", command.attendedIds());
        checkTimes(check, "actualStart", command.actualStart(), "actualEnd", command.actualEnd());
        checkCadreList(check, "attendedIds", command.attendedIds());
        check.orThrow();
        Actor.from(metaData).requireActsFor(organizerUnitCode, "record this meeting as held");
        requireScheduled("recorded as held");
        if (command.actualEnd().toInstant().isAfter(GenericEventMessage.clock.instant())) {
            throw new RuleViolation("A meeting can be recorded as held only after it ended; actualEnd "
                                            + command.actualEnd() + " is still to come.");
        }
        requireRegistered(directory, command.attendedIds());
        apply(new MeetingHeld(meetingId, organizerUnitCode, command.actualStart(), command.actualEnd(),
                              List.copyOf(command.attendedIds())));
    }

    private void requireScheduled(String what) {
        if (status != Status.SCHEDULED) {
            throw new RuleViolation("Meeting " + meetingId + " was already " + status.name().toLowerCase()
                                            + " and cannot be " + what + ".");
        }
    }

    private static void checkTimes(Check check, String startField, OffsetDateTime start, String endField,
                                   OffsetDateTime end) {
        check.required(startField, start).required(endField, end);
        if (start != null && end != null) {
            check.that(end.isAfter(start), endField, "must be after " + startField)
                 .that(!end.isAfter(start.plus(LONGEST_MEETING)), endField,
                       "must be at most " + LONGEST_MEETING.toHours() + " hours after " + startField);
        }
    }

    private static void checkCadreList(Check check, String field, List<String> cadreIds) {
        if (cadreIds == null) {
            return;
        }
        check.that(cadreIds.size() <= MOST_ATTENDEES, field, "must name at most " + MOST_ATTENDEES + " cadres")
             .that(cadreIds.stream().allMatch(Ids::isWellFormed), field, "must hold only well-formed cadre ids")
             .that(Set.copyOf(cadreIds.stream().filter(Ids::isWellFormed).toList()).size() == cadreIds.size(),
                   field, "must name each cadre once");
    }

    private static void requireRegistered(DirectoryLookup directory, List<String> cadreIds) {
        Set<String> unknown = directory.unknownCadres(cadreIds);
        if (!unknown.isEmpty()) {
            throw new RuleViolation("These cadres are not registered: " + String.join(", ", unknown) + ".");
        }
    }

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        this.scheduled = event;
        this.meetingId = event.meetingId();
        this.organizerUnitCode = event.organizerUnitCode();
        this.status = Status.SCHEDULED;
    }

    @EventSourcingHandler
    void on(MeetingCancelled event) {
        this.status = Status.CANCELLED;
    }

    @EventSourcingHandler
    void on(MeetingHeld event) {
        this.status = Status.HELD;
    }
}
