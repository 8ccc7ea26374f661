package io.jianfu.command.responsibility;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/** The responsibility list as its matters' own event streams tell it, read in the caller's unit of work. */
@Component
public class RepositoryResponsibilityList implements ResponsibilityList {
    private final Repository<ResponsibilityMatter> matters;

    public RepositoryResponsibilityList(Repository<ResponsibilityMatter> matters) {
        this.matters = matters;
    }

    @Override
    public Optional<MatterInForce> inForce(String matterId, LocalDate day) {
        try {
            return matters.load(matterId).invoke(matter -> matter.inForceOn(day));
        } catch (AggregateNotFoundException | IncompatibleAggregateException notAMatter) {
            return Optional.empty();
        }
    }
}
