package io.jianfu.events.responsibility;

/** The discipline office (纪委监委) revoked a pledge as unreasonable, with a reason. */
public record ResponsibilityPledgeRevoked(String pledgeId, String reason) {
}
