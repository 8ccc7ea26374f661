package io.jianfu.command.supervision;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.supervision.BulletinIssued;
import io.jianfu.events.supervision.BulletinProblem;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static io.jianfu.command.supervision.SupervisionRules.notInFuture;
import static io.jianfu.command.supervision.SupervisionRules.strip;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** 通报: a bulletin the discipline office issues for a period, naming problems and their cases; final once issued. */
@Aggregate
public class Bulletin {
    static final int MOST_PROBLEMS = 200;

    @AggregateIdentifier
    private String bulletinId;

    @CommandHandler
    public Bulletin(IssueBulletin command, MetaData metaData, DirectoryLookup directory, SupervisionCases cases) {
        Actor.from(metaData).requireDiscipline("issue a bulletin");
        List<BulletinProblem> problems = command.problems() == null ? List.of() : command.problems();
        Check check = Check.fields()
                           .required("id", command.bulletinId())
                           .that(command.bulletinId() == null || Ids.isWellFormed(command.bulletinId()), "id",
                                 "must be 1 to 64 letters, digits, '.', '-' or '_'")
                           .required("title", strip(command.title()))
                           .maxLength("title", command.title(), 300)
                           .required("periodFrom", command.periodFrom())
                           .required("periodTo", command.periodTo())
                           .required("issuedOn", command.issuedOn())
                           .that(command.periodFrom() == null || command.periodTo() == null
                                         || !command.periodTo().isBefore(command.periodFrom()), "periodTo",
                                 "must not be before periodFrom")
                           .that(command.periodFrom() == null || command.issuedOn() == null
                                         || !command.issuedOn().isBefore(command.periodFrom()), "issuedOn",
                                 "must not be before periodFrom")
                           .notEmpty("problems", problems)
                           .that(problems.size() <= MOST_PROBLEMS, "problems", "must be at most " + MOST_PROBLEMS);
        for (int i = 0; i < problems.size(); i++) {
            BulletinProblem problem = problems.get(i);
            check.that(problem != null && strip(problem.description()) != null, "problems[" + i + "].description",
                       "is required");
            check.maxLength("problems[" + i + "].description", problem == null ? null : problem.description(), 2000);
        }
        notInFuture(check, "issuedOn", command.issuedOn()).orThrow();
        List<BulletinProblem> named = new ArrayList<>();
        for (BulletinProblem problem : problems) {
            String unit = strip(problem.unitCode());
            if (unit != null) {
                directory.requireUnit(unit, "Unit");
            }
            List<String> caseIds = problem.caseIds() == null ? List.of()
                    : problem.caseIds().stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
            named.add(new BulletinProblem(problem.description().strip(), unit, caseIds));
        }
        Set<String> unknown = cases.unknown(named.stream().flatMap(problem -> problem.caseIds().stream()).toList());
        if (!unknown.isEmpty()) {
            throw new RuleViolation("No supervision cases " + unknown + ".");
        }
        apply(new BulletinIssued(command.bulletinId(), command.title().strip(), command.periodFrom(),
                                 command.periodTo(), command.issuedOn(), named));
    }

    protected Bulletin() {
    }

    @EventSourcingHandler
    void on(BulletinIssued event) {
        this.bulletinId = event.bulletinId();
    }
}
