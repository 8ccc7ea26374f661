package io.jianfu.query.overlap;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A merge suggestion as the organiser reads it: the two meetings, the score, the reason, the evidence, and what
 * became of it (OPEN, MERGED, DISMISSED with the organiser's reason, or CANCELLED when a meeting was called off).
 */
public record OverlapWarningView(MeetingRef meeting, MeetingRef other, BigDecimal score, String reason,
                                 JsonNode evidence, String status, String statusReason, String suggestedTitle) {

    /** One side of a warning. */
    public record MeetingRef(String id, String organizerUnitCode, String title, OffsetDateTime start,
                             OffsetDateTime end) {
    }
}
