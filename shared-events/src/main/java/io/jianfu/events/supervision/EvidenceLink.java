package io.jianfu.events.supervision;

/** A stored event a supervision case rests on: its aggregate, and its position in the event store when known. */
public record EvidenceLink(String aggregateId, Long position, String note) {
}
