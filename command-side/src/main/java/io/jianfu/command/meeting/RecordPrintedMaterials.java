package io.jianfu.command.meeting;

/** Record paper printed for a meeting: pages per copy and the number of copies. */
public record RecordPrintedMaterials(String meetingId, Integer pages, Integer copies) {
}
