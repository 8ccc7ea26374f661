package io.jianfu.command.meeting;

/** Upload a file for the attendees of a meeting to read beforehand; the content is stored, not put in the event. */
public record UploadMeetingMaterial(String meetingId, String materialId, String fileName, String contentType,
                                    byte[] content) {

    /** What the handler answers: the stored material's digest and size, and whether it was stored just now. */
    public record Result(String materialId, String sha256, long size, boolean created) {
    }

    @Override
    public String toString() {
        return "UploadMeetingMaterial[meetingId=" + meetingId + ", materialId=" + materialId + ", fileName="
                + fileName + ", contentType=" + contentType + ", size="
                + (content == null ? "none" : content.length) + "]";
    }
}
