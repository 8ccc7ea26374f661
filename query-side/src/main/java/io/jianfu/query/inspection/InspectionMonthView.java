package io.jianfu.query.inspection;

import java.util.List;

/** A month's register: how often it was consolidated, whether published, and its joint inspections. */
public record InspectionMonthView(String month, int consolidations, boolean published,
                                  List<JointInspectionView> jointInspections) {
}
