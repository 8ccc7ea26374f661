package io.jianfu.command.responsibility;

import io.jianfu.command.common.Check;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.responsibility.PledgeClause;

import java.time.LocalDate;
import java.util.List;

/**
 * The checks a responsibility pledge (责任状) must pass: well-formed clauses (400), and the directory rules (422): the
 * issuer is a DEPARTMENT or OFFICE and the target a STREET or TOWN.
 */
final class PledgeRules {
    static final int MAX_CLAUSES = 200;

    private PledgeRules() {
    }

    /** Checks the clauses into {@code check} and returns them with matter ids and texts stripped. */
    static List<PledgeClause> clauses(Check check, List<PledgeClause> clauses) {
        check.notEmpty("clauses", clauses);
        if (clauses == null) {
            return List.of();
        }
        check.that(clauses.size() <= MAX_CLAUSES, "clauses", "must be at most " + MAX_CLAUSES);
        for (int i = 0; i < clauses.size(); i++) {
            PledgeClause clause = clauses.get(i);
            String field = "clauses[" + i + "]";
            if (clause == null) {
                check.that(false, field, "is required");
                continue;
            }
            String matterId = strip(clause.matterId());
            String text = strip(clause.text());
            check.required(field + ".duty", clause.duty())
                 .that(matterId == null || Ids.isWellFormed(matterId), field + ".matterId", "must be a matter id")
                 .that(matterId != null || text != null, field + ".text",
                       "is required when the clause names no matter")
                 .maxLength(field + ".text", text, 1000);
        }
        return clauses.stream().filter(clause -> clause != null)
                      .map(clause -> new PledgeClause(strip(clause.matterId()), clause.duty(), strip(clause.text())))
                      .toList();
    }

    /**
     * A clause that names a matter must name one in force on the filing date; the audit compares it with that version,
     * so an unknown or retired matter would escape the audit.
     */
    static void requireListedMatters(List<PledgeClause> clauses, LocalDate filedOn, ResponsibilityList list) {
        for (PledgeClause clause : clauses) {
            if (clause.matterId() != null && list.inForce(clause.matterId(), filedOn).isEmpty()) {
                throw new RuleViolation("Matter " + clause.matterId() + " is not in the responsibility list in force on "
                        + filedOn + "; name a listed matter or describe the duty in the clause's text.");
            }
        }
    }

    static void requireIssuer(String code, DirectoryLookup directory) {
        directory.requireDepartment(code, "Issuing department", "only a DEPARTMENT or OFFICE issues pledges.");
    }

    static void requireTarget(String code, DirectoryLookup directory) {
        UnitKind kind = directory.requireUnit(code, "Target unit");
        if (kind != UnitKind.STREET && kind != UnitKind.TOWN) {
            throw new RuleViolation("Target unit " + code + " is a " + kind
                    + "; a pledge is handed to a STREET or TOWN.");
        }
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
