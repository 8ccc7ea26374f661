package io.jianfu.command.supervision;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Supervision cases as their own event streams tell it, read in the caller's unit of work. */
@Component
public class RepositorySupervisionCases implements SupervisionCases {
    private final Repository<SupervisionCase> cases;

    public RepositorySupervisionCases(Repository<SupervisionCase> cases) {
        this.cases = cases;
    }

    @Override
    public Set<String> unknown(Collection<String> caseIds) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String caseId : new LinkedHashSet<>(caseIds)) {
            try {
                cases.load(caseId);
            } catch (AggregateNotFoundException | IncompatibleAggregateException notACase) {
                unknown.add(caseId);
            }
        }
        return unknown;
    }
}
