package io.jianfu.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.OffsetDateTime;
import java.util.List;

/** Record that a meeting took place: when it really started and ended, and who came. */
public record RecordMeetingHeld(@TargetAggregateIdentifier String meetingId, OffsetDateTime actualStart,
                                OffsetDateTime actualEnd, List<String> attendedIds) {
}
