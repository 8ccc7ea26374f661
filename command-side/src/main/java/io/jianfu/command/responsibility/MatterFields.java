package io.jianfu.command.responsibility;

import java.time.LocalDate;
import java.util.List;

/** The fields a definition and a revision of a responsibility matter (属地事项) both carry. */
public interface MatterFields {
    String domain();

    String title();

    String leadDepartmentCode();

    List<String> cooperatingDepartmentCodes();

    String streetDuty();

    List<String> procedureSteps();

    Integer timeLimitDays();

    String accountability();

    LocalDate effectiveFrom();
}
