package io.jianfu.events.coordination;

import java.util.List;

/**
 * A coordination request was routed to its lead and cooperating departments. By the list, it records the matter and
 * the version in force when the request was raised; by hand, the street named the departments and {@code note} says
 * why. {@code streetDuty} is what the street itself does (e.g. 日常巡查和信息上报).
 */
public record CoordinationRequestRouted(String requestId, String streetCode, RoutingBasis basis, String matterId,
                                        Integer matterVersion, String leadDepartmentCode,
                                        List<String> cooperatingDepartmentCodes, String streetDuty, String note) {
}
