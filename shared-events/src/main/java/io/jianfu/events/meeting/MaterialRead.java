package io.jianfu.events.meeting;

/**
 * 阅读材料: a signed-in STAFF user opened a meeting material, as the cadre {@code cadreId} when one was named (an
 * invitee or deputy of the user's unit), otherwise as themselves. Recorded once per material and reader.
 */
public record MaterialRead(String meetingId, String materialId, String cadreId, String reader,
                           String readerUnitCode) {
}
