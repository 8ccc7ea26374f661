package io.jianfu.query.inspection;

import java.time.LocalDate;
import java.util.List;

/** Refused inspections, counted: refusals of unpublished inspections and recorded unreported ones. */
public record RefusalReport(int refusals, int unreported, List<RefusedInspection> refusedInspections,
                            List<Unreported> unreportedInspections) {

    public record RefusedInspection(String inspectionId, String unitCode, String departmentCode, String reason) {
    }

    public record Unreported(String id, String unitCode, String departmentCode, LocalDate date, String description,
                             boolean halted, String haltReason, String rectification) {
    }
}
