package io.jianfu.query.inspection;

import java.util.List;

/**
 * What inspections cost the grassroots in one month, per target unit (基层负担): inspections received by basis,
 * how many visits they made once joint inspections are counted once, refusals, and the findings against the unit.
 */
public record InspectionBurdenReport(String month, List<UnitBurden> units) {

    /**
     * {@code received}: cleared, not halted, not refused by this unit. {@code jointInspections}: distinct joint
     * inspections among them; {@code visits}: received inspections with each joint inspection counted once.
     * {@code refused}: this unit's refusals of inspections of the month plus its recorded unreported inspections.
     */
    public record UnitBurden(String unitCode, Received received, int jointInspections, int inspectionsInJoint,
                             int visits, int pending, int rejected, int halted, Refused refused, Findings findings) {
    }

    public record Received(int plan, int emergency, int single, int total) {
    }

    public record Refused(int listed, int unreported, int total) {
    }

    /** Findings against the unit (or by the department), and the problem photos attached to them. */
    public record Findings(int recorded, int open, int rectified, int problemPhotos) {
    }
}
