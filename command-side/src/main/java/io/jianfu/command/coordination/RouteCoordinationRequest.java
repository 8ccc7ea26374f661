package io.jianfu.command.coordination;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Route a request no listed matter was given for: STAFF of its street or town name either a matter (routed by the
 * list) or the lead and cooperating departments by hand, with a note saying why no matter fits.
 */
public record RouteCoordinationRequest(@TargetAggregateIdentifier String requestId, String matterId,
                                       String leadDepartmentCode, List<String> cooperatingDepartmentCodes,
                                       String streetDuty, String note) {
}
