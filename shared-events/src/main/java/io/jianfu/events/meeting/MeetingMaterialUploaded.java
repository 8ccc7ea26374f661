package io.jianfu.events.meeting;

/**
 * 会议材料: the organiser uploaded a file for the attendees to read before the meeting. The content itself is kept
 * in the command side's own table, written in the same transaction; the event carries its size and SHA-256.
 */
public record MeetingMaterialUploaded(String materialId, String meetingId, String fileName, String contentType,
                                      long size, String sha256) {
}
