package io.jianfu.events.meeting;

/** How a cadre checked in (签到): recorded by the cadre's unit, or with a one-time sign-in code shown at the venue. */
public enum CheckInMethod {
    BY_UNIT,
    BY_CODE
}
