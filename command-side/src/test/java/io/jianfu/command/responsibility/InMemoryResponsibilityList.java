package io.jianfu.command.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link ResponsibilityList} for aggregate fixtures: the matter versions a test lists, each with its dates. */
public class InMemoryResponsibilityList implements ResponsibilityList {
    private record Listed(MatterInForce matter, LocalDate from, LocalDate until) {
    }

    private final List<Listed> listed = new ArrayList<>();

    /** {@code matter} is in force from {@code from} until the day before {@code until} (null: still in force). */
    public InMemoryResponsibilityList with(MatterInForce matter, LocalDate from, LocalDate until) {
        listed.add(new Listed(matter, from, until));
        return this;
    }

    @Override
    public Optional<MatterInForce> inForce(String matterId, LocalDate day) {
        return listed.stream()
                     .filter(entry -> entry.matter().matterId().equals(matterId))
                     .filter(entry -> !entry.from().isAfter(day))
                     .filter(entry -> entry.until() == null || day.isBefore(entry.until()))
                     .map(Listed::matter)
                     .findFirst();
    }
}
