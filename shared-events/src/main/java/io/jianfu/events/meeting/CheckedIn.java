package io.jianfu.events.meeting;

/**
 * 签到: a cadre checked in to a meeting. {@code standingInFor} names the invited cadre a deputy came for (null when
 * the invited cadre came); {@code codeHash} is the spent sign-in code's hash when {@code method} is BY_CODE.
 */
public record CheckedIn(String meetingId, String cadreId, CheckInMethod method, String standingInFor,
                        String codeHash) {
}
