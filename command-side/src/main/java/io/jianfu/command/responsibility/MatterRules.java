package io.jianfu.command.responsibility;

import io.jianfu.command.common.Check;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.responsibility.MatterTerms;

import java.util.HashSet;
import java.util.List;

/**
 * The checks a version of a responsibility matter (属地事项) must pass: well-formed fields (400), then the directory
 * rules (422): every named department is a registered DEPARTMENT or OFFICE, and the lead does not also cooperate.
 */
final class MatterRules {
    static final int LONGEST_TIME_LIMIT = 365;

    private MatterRules() {
    }

    static MatterTerms terms(MatterFields fields, DirectoryLookup directory) {
        List<String> cooperating = fields.cooperatingDepartmentCodes() == null ? List.of()
                : fields.cooperatingDepartmentCodes().stream().map(code -> code == null ? null : code.strip()).toList();
        List<String> steps = fields.procedureSteps() == null ? List.of()
                : fields.procedureSteps().stream().map(step -> step == null ? null : step.strip()).toList();
        Check.fields()
             .required("domain", fields.domain())
             .maxLength("domain", fields.domain(), 50)
             .required("title", fields.title())
             .maxLength("title", fields.title(), 200)
             .required("leadDepartmentCode", fields.leadDepartmentCode())
             .that(fields.leadDepartmentCode() == null || Ids.isWellFormed(fields.leadDepartmentCode().strip()),
                   "leadDepartmentCode", "must be a unit code")
             .that(cooperating.stream().allMatch(code -> code != null && Ids.isWellFormed(code)),
                   "cooperatingDepartmentCodes", "must each be a unit code")
             .that(new HashSet<>(cooperating).size() == cooperating.size(), "cooperatingDepartmentCodes",
                   "must not name a department twice")
             .maxLength("streetDuty", fields.streetDuty(), 500)
             .that(steps.stream().allMatch(step -> step != null && !step.isEmpty() && step.length() <= 500),
                   "procedureSteps", "must each be 1 to 500 characters")
             .required("timeLimitDays", fields.timeLimitDays())
             .between("timeLimitDays", fields.timeLimitDays(), 1, LONGEST_TIME_LIMIT)
             .maxLength("accountability", fields.accountability(), 1000)
             .required("effectiveFrom", fields.effectiveFrom())
             .orThrow();
        String lead = fields.leadDepartmentCode().strip();
        requireDepartment(lead, "Lead department", directory);
        if (cooperating.contains(lead)) {
            throw new RuleViolation("Department " + lead + " leads this matter and cannot also be listed as cooperating.");
        }
        cooperating.forEach(code -> requireDepartment(code, "Cooperating department", directory));
        return new MatterTerms(fields.domain().strip(), fields.title().strip(), lead, cooperating,
                               blankToNull(fields.streetDuty()), steps, fields.timeLimitDays(),
                               blankToNull(fields.accountability()));
    }

    private static void requireDepartment(String code, String what, DirectoryLookup directory) {
        directory.requireDepartment(code, what, "only a DEPARTMENT or OFFICE can carry a listed responsibility.");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
