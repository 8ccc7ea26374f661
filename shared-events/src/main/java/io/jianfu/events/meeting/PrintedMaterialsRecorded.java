package io.jianfu.events.meeting;

/** 印刷材料: the organiser recorded paper printed for a meeting, {@code pages} per copy times {@code copies}. */
public record PrintedMaterialsRecorded(String meetingId, String organizerUnitCode, int pages, int copies) {
}
