package io.jianfu.events.meeting;

/** The answer of an attendance receipt (参会回执): the cadre comes, stays away with a reason, or sends a deputy. */
public enum AttendanceAnswer {
    ATTENDING,
    ABSENT,
    DEPUTY
}
