package io.jianfu.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The organiser declines the suggestion to merge a meeting with another one, and says why. */
public record DismissOverlapWarning(@TargetAggregateIdentifier String meetingId, String otherMeetingId,
                                    String reason) {
}
