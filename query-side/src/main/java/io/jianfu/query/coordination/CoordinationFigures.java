package io.jianfu.query.coordination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 吹哨报到 figures of one period. Requests raised in the period give the times to the first department on site and
 * to the first plan; requests solved in it give the days to solution, the cross-department share (two or more
 * departments called) and the ratings; complaints count by the day they were made. Averages and medians leave out
 * requests that have not reached that step; shares and rates are fractions (0.68), null when nothing was counted.
 */
public record CoordinationFigures(LocalDate from, LocalDate to, long raised, BigDecimal averageMinutesToFirstOnSite,
                                  BigDecimal medianMinutesToFirstOnSite, BigDecimal averageDaysToPlan,
                                  BigDecimal medianDaysToPlan, long resolved, long crossDepartmentResolved,
                                  BigDecimal crossDepartmentShare, BigDecimal averageDaysToResolution,
                                  BigDecimal medianDaysToResolution, long rated, long satisfied,
                                  BigDecimal satisfactionRate, long complaints,
                                  List<DepartmentComplaints> complaintsByDepartment) {

    /** Buck-passing complaints (推诿扯皮) against one department in the period. */
    public record DepartmentComplaints(String departmentCode, long complaints) {
    }
}
