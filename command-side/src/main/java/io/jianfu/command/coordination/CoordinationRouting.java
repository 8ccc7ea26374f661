package io.jianfu.command.coordination;

import io.jianfu.command.common.Check;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.command.responsibility.MatterInForce;
import io.jianfu.command.responsibility.ResponsibilityList;
import io.jianfu.events.coordination.CoordinationRequestRouted;
import io.jianfu.events.coordination.RoutingBasis;
import io.jianfu.events.responsibility.MatterTerms;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static io.jianfu.command.coordination.CoordinationRules.strip;

/** Where a coordination request goes: the departments the list names for its matter, or those the street names. */
record CoordinationRouting(RoutingBasis basis, String matterId, Integer matterVersion, String leadDepartmentCode,
                           List<String> cooperatingDepartmentCodes, String streetDuty, String note) {

    /** The version of {@code matterId} in force on the day the request was raised decides the departments. */
    static CoordinationRouting byList(String matterId, OffsetDateTime raisedAt, ResponsibilityList list) {
        var day = raisedAt.atZoneSameInstant(CoordinationRules.DISTRICT_ZONE).toLocalDate();
        MatterInForce matter = list.inForce(matterId, day).orElseThrow(() -> new RuleViolation(
                "Matter " + matterId + " is not in the responsibility list in force on " + day + "."));
        MatterTerms terms = matter.terms();
        return new CoordinationRouting(RoutingBasis.LIST, matterId, matter.version(), terms.leadDepartmentCode(),
                                       List.copyOf(terms.cooperatingDepartmentCodes()), terms.streetDuty(), null);
    }

    /** The street's routing: a matter (by the list), or departments by hand with a note on why no matter fits. */
    static CoordinationRouting of(RouteCoordinationRequest command, OffsetDateTime raisedAt, DirectoryLookup directory,
                                  ResponsibilityList list) {
        String matterId = strip(command.matterId());
        String lead = strip(command.leadDepartmentCode());
        List<String> cooperating = command.cooperatingDepartmentCodes() == null ? new ArrayList<>()
                : new ArrayList<>(command.cooperatingDepartmentCodes().stream().map(CoordinationRules::strip).toList());
        String note = strip(command.note());
        Check check = Check.fields()
                           .that(matterId == null || lead == null, "matterId",
                                 "name either a matter or the departments, not both")
                           .that(matterId != null || lead != null, "leadDepartmentCode",
                                 "is required when no matter is named")
                           .that(matterId == null || Ids.isWellFormed(matterId), "matterId", "must be a matter id")
                           .that(lead != null || cooperating.isEmpty(), "cooperatingDepartmentCodes",
                                 "only go with a lead department")
                           .that(!cooperating.contains(null), "cooperatingDepartmentCodes", "must not hold blanks")
                           .that(new HashSet<>(cooperating).size() == cooperating.size(), "cooperatingDepartmentCodes",
                                 "must name each department once")
                           .that(lead == null || !cooperating.contains(lead), "cooperatingDepartmentCodes",
                                 "must not name the lead department")
                           .maxLength("streetDuty", command.streetDuty(), 1000)
                           .maxLength("note", note, 2000);
        if (matterId == null) {
            check.required("note", note);
        }
        check.orThrow();
        if (matterId != null) {
            return byList(matterId, raisedAt, list);
        }
        List<String> departments = new ArrayList<>();
        departments.add(lead);
        departments.addAll(cooperating);
        CoordinationRules.requireDepartments(departments, directory);
        return new CoordinationRouting(RoutingBasis.BY_HAND, null, null, lead, List.copyOf(cooperating),
                                       strip(command.streetDuty()), note);
    }

    CoordinationRequestRouted routed(String requestId, String streetCode) {
        return new CoordinationRequestRouted(requestId, streetCode, basis, matterId, matterVersion, leadDepartmentCode,
                                             cooperatingDepartmentCodes, streetDuty, note);
    }
}
