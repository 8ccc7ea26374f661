package io.jianfu.command.inspection;

/** Reads the inspection rules in force (the rulebook's, or the defaults); call inside a unit of work. */
@FunctionalInterface
public interface CurrentInspectionRules {
    InspectionRules current();
}
