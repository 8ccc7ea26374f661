package io.jianfu.events.coordination;

import java.time.OffsetDateTime;

/**
 * A community, village, street or town raised a coordination request (吹哨) for a problem found in the field;
 * {@code matterId} names the listed matter when the raiser knows it, else null.
 */
public record CoordinationRequestRaised(String requestId, String raisedByUnitCode, String streetCode, String place,
                                        String description, String matterId, OffsetDateTime raisedAt) {
}
