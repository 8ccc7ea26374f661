package io.jianfu.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Call a scheduled meeting off, with the reason. */
public record CancelMeeting(@TargetAggregateIdentifier String meetingId, String reason) {
}
