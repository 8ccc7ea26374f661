package io.jianfu.command.evaluation;

import io.jianfu.command.common.Check;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.evaluation.AnswerThreshold;
import io.jianfu.events.evaluation.DepartmentAnswer;
import io.jianfu.events.evaluation.RespondentQuota;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The checks of a reverse evaluation campaign (基层反向评价) and of one answer sheet. */
final class CampaignRules {
    /** security.md: results are shown only for groups of at least five answers, so fewer tokens make no sense. */
    static final int MINIMUM_ANSWERS = AnswerThreshold.MINIMUM_ANSWERS;
    static final int MAX_DEPARTMENTS = 200;
    static final int MAX_RESPONDENTS = 500;
    static final int MAX_ANSWERS_PER_UNIT = 5000;
    static final int MAX_TOKENS = 20_000;
    static final int MAX_COMMENT = 1000;

    private CampaignRules() {
    }

    static void checkLaunch(LaunchEvaluationCampaign command) {
        Check check = Check.fields()
                           .required("id", command.campaignId())
                           .that(command.campaignId() == null || Ids.isWellFormed(command.campaignId()), "id",
                                 "must be 1 to 64 letters, digits, '.', '-' or '_'")
                           .required("title", command.title())
                           .maxLength("title", command.title(), 200)
                           .required("periodStart", command.periodStart())
                           .required("periodEnd", command.periodEnd())
                           .that(command.periodStart() == null || command.periodEnd() == null
                                         || !command.periodEnd().isBefore(command.periodStart()),
                                 "periodEnd", "must not be before periodStart")
                           .notEmpty("evaluatedDepartmentCodes", command.evaluatedDepartmentCodes())
                           .notEmpty("respondents", command.respondents());
        List<String> departments = command.evaluatedDepartmentCodes();
        if (departments != null) {
            check.that(departments.size() <= MAX_DEPARTMENTS, "evaluatedDepartmentCodes",
                       "must be at most " + MAX_DEPARTMENTS)
                 .that(departments.stream().allMatch(Ids::isWellFormed), "evaluatedDepartmentCodes",
                       "must hold only unit codes")
                 .that(new HashSet<>(departments).size() == departments.size(), "evaluatedDepartmentCodes",
                       "must name each department once");
        }
        List<RespondentQuota> respondents = command.respondents();
        if (respondents != null) {
            check.that(respondents.size() <= MAX_RESPONDENTS, "respondents", "must be at most " + MAX_RESPONDENTS);
            Set<String> seen = new HashSet<>();
            long tokens = 0;
            for (int i = 0; i < respondents.size(); i++) {
                RespondentQuota quota = respondents.get(i);
                String field = "respondents[" + i + "]";
                if (quota == null) {
                    check.that(false, field, "is required");
                    continue;
                }
                check.that(Ids.isWellFormed(quota.unitCode()), field + ".unitCode", "must be a unit code")
                     .required(field + ".answers", quota.answers())
                     .between(field + ".answers", quota.answers(), 1, MAX_ANSWERS_PER_UNIT)
                     .that(quota.unitCode() == null || seen.add(quota.unitCode()), field + ".unitCode",
                           "names a respondent unit twice");
                tokens += quota.answers() == null ? 0 : quota.answers();
            }
            check.that(tokens <= MAX_TOKENS, "respondents", "may ask for at most " + MAX_TOKENS + " answers");
        }
        check.orThrow();
    }

    static void requireUnits(LaunchEvaluationCampaign command, DirectoryLookup directory) {
        for (String code : command.evaluatedDepartmentCodes()) {
            directory.requireDepartment(code, "Department", "only district departments and offices are evaluated.");
        }
        for (RespondentQuota quota : command.respondents()) {
            UnitKind kind = directory.requireUnit(quota.unitCode(), "Respondent unit");
            if (!kind.isGrassroots()) {
                throw new RuleViolation("Respondent unit " + quota.unitCode() + " is a " + kind
                        + "; only streets, towns, communities and villages answer.");
            }
        }
        int tokens = command.respondents().stream().mapToInt(RespondentQuota::answers).sum();
        if (tokens < MINIMUM_ANSWERS) {
            throw new RuleViolation("A campaign needs at least " + MINIMUM_ANSWERS
                    + " answers in all, since results are shown only for five answers or more; it asks for "
                    + tokens + ".");
        }
    }

    /** The shape of an answer sheet (400); which departments it may name is the campaign's business. */
    static List<DepartmentAnswer> checkSheet(SubmitEvaluation command) {
        Check check = Check.fields()
                           .required("token", command.token())
                           .notEmpty("answers", command.answers());
        List<DepartmentAnswer> answers = command.answers() == null ? List.of() : command.answers();
        check.that(answers.size() <= MAX_DEPARTMENTS, "answers", "must be at most " + MAX_DEPARTMENTS);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            DepartmentAnswer answer = answers.get(i);
            String field = "answers[" + i + "]";
            if (answer == null) {
                check.that(false, field, "is required");
                continue;
            }
            List<?> issues = answer.issues() == null ? List.of() : answer.issues();
            check.required(field + ".departmentCode", answer.departmentCode())
                 .that(answer.departmentCode() == null || seen.add(answer.departmentCode().strip()),
                       field + ".departmentCode", "names a department twice")
                 .required(field + ".verdict", answer.verdict())
                 .that(issues.stream().noneMatch(Objects::isNull), field + ".issues", "must not hold null")
                 .that(new HashSet<>(issues).size() == issues.size(), field + ".issues", "must name each issue once")
                 .maxLength(field + ".comment", answer.comment(), MAX_COMMENT);
        }
        check.orThrow();
        return answers.stream().map(answer -> new DepartmentAnswer(
                answer.departmentCode().strip(), answer.verdict(),
                answer.issues() == null ? List.of() : answer.issues().stream().sorted().toList(),
                answer.comment() == null || answer.comment().isBlank() ? null : answer.comment().strip()))
                      .toList();
    }
}
