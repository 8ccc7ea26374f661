package io.jianfu.command.coordination;

import java.time.OffsetDateTime;

/**
 * Raise a coordination request (吹哨) from a community, village, street or town: STAFF of the raising unit. The
 * matter is optional; when given, the request is routed by the list at once. {@code raisedAt} defaults to now.
 */
public record RaiseCoordinationRequest(String requestId, String raisedByUnitCode, String streetCode, String place,
                                       String description, String matterId, OffsetDateTime raisedAt) {
}
