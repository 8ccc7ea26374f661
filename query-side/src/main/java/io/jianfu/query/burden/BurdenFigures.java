package io.jianfu.query.burden;

import java.time.LocalDate;

/**
 * What came down on a street or town (and its communities or villages) in a period: meetings other units called
 * its cadres to, the cadre invitations and the hours they stood for; inspections of it (cleared by the inspection
 * rules and not refused by it, by the start of their window) and inspections it refused; pledges handed to it (by
 * filing date); meeting tasks assigned to it and those of them now overdue; coordination requests raised in it;
 * findings against it from inspections whose window started in the period, and those of them still open.
 */
public record BurdenFigures(LocalDate from, LocalDate to, long meetingsCalledTo, long cadreInvitations,
                            double cadreHours, long inspectionsReceived, long inspectionsRefused, long pledgesHeld,
                            long tasksAssigned, long tasksOverdue, long coordinationRequests, long findings,
                            long findingsOpen) {
}
