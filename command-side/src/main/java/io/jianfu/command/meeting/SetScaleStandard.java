package io.jianfu.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.jianfu.events.meeting.MeetingKind;

/** Set the scale standard of one kind of meeting. */
public record SetScaleStandard(@TargetAggregateIdentifier String rulebookId, MeetingKind kind, Integer maxAttendees, Integer maxMinutes) {
}
