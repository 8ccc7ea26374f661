package io.jianfu.command.meeting;

/** Record that the signed-in user opened a meeting material, as the named cadre ({@code cadreId}) if given. */
public record RecordMaterialRead(String meetingId, String materialId, String cadreId) {
}
