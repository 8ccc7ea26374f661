package io.jianfu.command.meeting;

/** Check a cadre in to a meeting, recorded by the cadre's own unit. */
public record CheckIn(String meetingId, String cadreId) {
}
